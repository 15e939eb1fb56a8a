/*
** cdata.c: FFI\CData, a typed view of C memory, and the conversions between C values and PHP
** values PHP's FFI defines: C integers, floats and bools read as PHP scalars, char as a 1-byte
** string, pointers, structs and arrays as CData (aggregates as views sharing the memory). The
** foreign slot table gives $c->cdata for scalars, $c->field for structs and unions, $c[i] for
** arrays and pointers, count() and foreach over arrays, and the var_dump/print_r display
** ("object(FFI\CData:int32_t[4])#3 (4) {...}").
*/
#include <string.h>

#include "phpvm/ext/ffi/ffi.h"

static void trace_cdata(gc_tracer_t *tracer, void *obj)
{
    ffi_cdata_t *c = obj;
    gc_visit_ptr(tracer, c->type);
    gc_visit_ptr(tracer, c->mem);
}

rt_type_t phpvm_ffi_cdata_type = RT_TYPE_INIT("FFI\\CData", trace_cdata, NULL, 0);

ffi_cdata_t *phpvm_ffi_cdata_view(rt_ffi_type_t *type, rt_ffi_mem_t *mem, void *ptr)
{
    ffi_cdata_t *c = rt_alloc(&phpvm_ffi_cdata_type, sizeof *c);
    c->id = ++phpvm_vm->next_object_id;
    c->type = type;
    c->mem = mem;
    c->ptr = ptr;
    return c;
}

ffi_cdata_t *phpvm_ffi_cdata_new(rt_ffi_type_t *type)
{
    if (type->flags & RT_FFI_T_INCOMPLETE) {
        phpvm_throw("FFI\\Exception", "Cannot instantiate FFI\\CData of incomplete type");
        return NULL;
    }
    rt_ffi_mem_t *m = rt_ffi_mem_new(type->size);
    return phpvm_ffi_cdata_view(type, m, m->ptr);
}

rt_value_t phpvm_ffi_to_php(rt_ffi_type_t *t, rt_ffi_mem_t *mem, void *p)
{
    switch (t->kind) {
    case RT_FFI_VOID:
        return rt_none;
    case RT_FFI_BOOL:
        return *(uint8_t *)p ? rt_true : rt_false;
    case RT_FFI_CHAR:
        return phpvm_str_value(p, 1);
    case RT_FFI_FLOAT:
    case RT_FFI_DOUBLE:
        return phpvm_float(rt_ffi_read_float(t, p));
    case RT_FFI_STRUCT:
    case RT_FFI_ARRAY:
        return rt_from_ptr(phpvm_ffi_cdata_view(t, mem, p));
    case RT_FFI_POINTER:
        if (!rt_ffi_read_ptr(p)) /* PHP reads NULL pointers as null, const char * as strings */
            return rt_none;
        if ((t->flags & RT_FFI_T_CONST_TARGET) && t->elem->kind == RT_FFI_CHAR)
            return phpvm_cstr(rt_ffi_read_ptr(p));
        /* fall through */
    case RT_FFI_FUNC: {
        ffi_cdata_t *c = phpvm_ffi_cdata_new(t->kind == RT_FFI_FUNC ? rt_ffi_type_pointer(t) : t);
        if (c)
            rt_ffi_write_ptr(c->ptr, rt_ffi_read_ptr(p));
        return c ? rt_from_ptr(c) : RT_NOVALUE;
    }
    default:
        return phpvm_int(rt_ffi_read_int(t, p));
    }
}

/* PHP's name for a value's type in conversion messages. */
static const char *php_type(rt_value_t v)
{
    ffi_cdata_t *c = phpvm_ffi_cdata_of(v);
    return c ? c->type->name->data : phpvm_type_name(phpvm_deref(v));
}

static bool incompatible(rt_ffi_type_t *t, rt_value_t v)
{
    phpvm_throw("FFI\\Exception", "Incompatible types when assigning to type '%s' from PHP '%s'",
                t->name->data, php_type(v));
    return false;
}

/* Whether two C types are the same for assignment (same object, or the same spelling and size,
** as two parses of "int[4]" are). */
static bool same_type(const rt_ffi_type_t *a, const rt_ffi_type_t *b)
{
    return a == b || (a->kind == b->kind && a->size == b->size && rt_str_eq(a->name, b->name));
}

static bool is_php_scalar(rt_value_t v)
{
    phpvm_kind_t k = phpvm_kind(v);
    return k == PHPVM_NULL || k == PHPVM_BOOL || k == PHPVM_INT || k == PHPVM_FLOAT ||
           k == PHPVM_STRING;
}

bool phpvm_ffi_from_php(rt_ffi_type_t *t, void *p, rt_value_t v)
{
    v = phpvm_deref(v);
    ffi_cdata_t *c = phpvm_ffi_cdata_of(v);
    if (c && same_type(c->type, t)) {
        memmove(p, c->ptr, t->size);
        return true;
    }
    if (c && t->kind == RT_FFI_POINTER && c->type->kind == RT_FFI_ARRAY) {
        rt_ffi_write_ptr(p, c->ptr); /* an array decays to a pointer to its first element */
        return true;
    }
    if (c && t->kind == RT_FFI_POINTER && c->type->kind == RT_FFI_POINTER &&
        (t->elem->kind == RT_FFI_VOID || c->type->elem->kind == RT_FFI_VOID)) {
        rt_ffi_write_ptr(p, rt_ffi_read_ptr(c->ptr));
        return true;
    }
    if (c && c->type->kind != RT_FFI_POINTER && c->type->kind != RT_FFI_STRUCT &&
        c->type->kind != RT_FFI_ARRAY && t->kind != RT_FFI_POINTER) /* a scalar CData's value */
        v = phpvm_ffi_to_php(c->type, c->mem, c->ptr), c = NULL;
    if (c)
        return incompatible(t, v);
    switch (t->kind) {
    case RT_FFI_BOOL:
        rt_ffi_write_int(t, p, phpvm_to_bool(v));
        return true;
    case RT_FFI_CHAR:
        if (phpvm_is_str(v) && phpvm_str(v)->len == 1) {
            *(char *)p = phpvm_str(v)->data[0];
            return true;
        }
        /* fall through - a number */
    case RT_FFI_INT8: case RT_FFI_UINT8: case RT_FFI_INT16: case RT_FFI_UINT16:
    case RT_FFI_INT32: case RT_FFI_UINT32: case RT_FFI_INT64: case RT_FFI_UINT64:
        if (!is_php_scalar(v)) /* scalars convert as PHP's (int) and (float) casts do */
            return incompatible(t, v);
        rt_ffi_write_int(t, p, phpvm_to_int(v));
        return true;
    case RT_FFI_FLOAT:
    case RT_FFI_DOUBLE:
        if (!is_php_scalar(v))
            return incompatible(t, v);
        rt_ffi_write_float(t, p, phpvm_to_float(v));
        return true;
    case RT_FFI_POINTER:
        if (v != rt_none)
            return incompatible(t, v);
        rt_ffi_write_ptr(p, NULL);
        return true;
    default:
        return incompatible(t, v);
    }
}

/* ---- Access ---- */

static ffi_cdata_t *self_of(rt_value_t obj) { return (ffi_cdata_t *)rt_ptr(obj); }

static bool is_scalar(const rt_ffi_type_t *t)
{
    return t->kind != RT_FFI_STRUCT && t->kind != RT_FFI_ARRAY && t->kind != RT_FFI_POINTER &&
           t->kind != RT_FFI_FUNC;
}

/* The member `name` of a struct CData, or NULL with FFI\Exception pending ("read" or
** "assign" says which access failed). */
static rt_ffi_field_t *member(ffi_cdata_t *c, rt_str_t *name, const char *verb)
{
    rt_ffi_type_t *t = c->type;
    if (t->kind == RT_FFI_POINTER && t->elem->kind == RT_FFI_STRUCT) /* $p->x through a pointer */
        t = t->elem;
    if (t->kind != RT_FFI_STRUCT) {
        phpvm_throw("FFI\\Exception", "Attempt to %s field '%s' of non C struct/union", verb,
                    name->data);
        return NULL;
    }
    rt_ffi_field_t *f = rt_ffi_struct_field(t, name->data, (size_t)name->len);
    if (!f)
        phpvm_throw("FFI\\Exception", "Attempt to %s undefined field '%s' of C struct/union", verb,
                    name->data);
    return f;
}

/* The address of the struct a CData is or points to. */
static uint8_t *struct_base(ffi_cdata_t *c)
{
    return c->type->kind == RT_FFI_POINTER ? rt_ffi_read_ptr(c->ptr) : c->ptr;
}

static bool is_cdata_name(const rt_str_t *name)
{
    return name->len == 5 && memcmp(name->data, "cdata", 5) == 0;
}

static rt_value_t prop_read(rt_value_t obj, rt_str_t *name)
{
    ffi_cdata_t *c = self_of(obj);
    if (is_scalar(c->type) || (c->type->kind == RT_FFI_POINTER && is_cdata_name(name))) {
        if (!is_cdata_name(name))
            return phpvm_throw("FFI\\Exception", "Only 'cdata' property may be read");
        return phpvm_ffi_to_php(c->type, c->mem, c->ptr);
    }
    rt_ffi_field_t *f = member(c, name, "read");
    if (!f)
        return RT_NOVALUE;
    return phpvm_ffi_to_php(f->type, c->type->kind == RT_FFI_POINTER ? NULL : c->mem,
                            struct_base(c) + f->offset);
}

static bool prop_write(rt_value_t obj, rt_str_t *name, rt_value_t v)
{
    ffi_cdata_t *c = self_of(obj);
    if (is_scalar(c->type) || (c->type->kind == RT_FFI_POINTER && is_cdata_name(name))) {
        if (!is_cdata_name(name)) {
            phpvm_throw("FFI\\Exception", "Only 'cdata' property may be set");
            return false;
        }
        return phpvm_ffi_from_php(c->type, c->ptr, v);
    }
    rt_ffi_field_t *f = member(c, name, "assign");
    return f && phpvm_ffi_from_php(f->type, struct_base(c) + f->offset, v);
}

/* The address of element `key` of an array or pointer CData; NULL with FFI\Exception pending. */
static uint8_t *element(ffi_cdata_t *c, rt_value_t key, const char *verb)
{
    rt_ffi_type_t *t = c->type;
    if (is_scalar(t)) {
        phpvm_throw("Error", "Cannot use object of type FFI\\CData as array");
        return NULL;
    }
    if (t->kind != RT_FFI_ARRAY && t->kind != RT_FFI_POINTER) {
        phpvm_throw("FFI\\Exception", "Attempt to %s element of non C array", verb);
        return NULL;
    }
    if (key == RT_NOVALUE) {
        phpvm_throw("FFI\\Exception", "Cannot add next element to object of type FFI\\CData");
        return NULL;
    }
    int64_t i = phpvm_to_int(phpvm_deref(key)); /* as PHP's FFI: any key converts */
    if (t->kind == RT_FFI_ARRAY) {
        if (i < 0 || (t->length >= 0 && i >= t->length)) {
            phpvm_throw("FFI\\Exception", "C array index out of bounds");
            return NULL;
        }
        return c->ptr + i * (int64_t)t->elem->size;
    }
    uint8_t *base = rt_ffi_read_ptr(c->ptr);
    if (!base) {
        phpvm_throw("FFI\\Exception", "NULL pointer dereference");
        return NULL;
    }
    return base + i * (int64_t)t->elem->size;
}

static rt_value_t dim_read(rt_value_t obj, rt_value_t key, bool quiet)
{
    (void)quiet;
    ffi_cdata_t *c = self_of(obj);
    uint8_t *p = element(c, key, "read");
    if (!p)
        return RT_NOVALUE;
    return phpvm_ffi_to_php(c->type->elem, c->type->kind == RT_FFI_ARRAY ? c->mem : NULL, p);
}

static bool dim_write(rt_value_t obj, rt_value_t key, rt_value_t v)
{
    ffi_cdata_t *c = self_of(obj);
    uint8_t *p = element(c, key, "assign");
    return p && phpvm_ffi_from_php(c->type->elem, p, v);
}

static int64_t count(rt_value_t obj)
{
    ffi_cdata_t *c = self_of(obj);
    if (c->type->kind != RT_FFI_ARRAY) {
        phpvm_throw("FFI\\Exception", "Attempt to count() on non C array");
        return -1;
    }
    return c->type->length > 0 ? c->type->length : 0;
}

/* The elements of an array CData as a PHP array (foreach walks it). */
static rt_value_t iterate(rt_value_t obj)
{
    ffi_cdata_t *c = self_of(obj);
    if (c->type->kind != RT_FFI_ARRAY)
        return phpvm_throw("FFI\\Exception", "Attempt to iterate on non C array");
    int64_t n = c->type->length > 0 ? c->type->length : 0;
    phpvm_array_t *a = phpvm_array_new(n);
    for (int64_t i = 0; i < n; i++) {
        rt_value_t v = phpvm_ffi_to_php(c->type->elem, c->mem, c->ptr + i * (int64_t)c->type->elem->size);
        if (v == RT_NOVALUE)
            return RT_NOVALUE;
        phpvm_array_append(a, v);
    }
    return rt_from_ptr(a);
}

/* var_dump's view: the value of a scalar as "cdata", each member of a struct, each element of
** an array, the target of a non-NULL pointer as element 0 (its address for void*). */
static rt_value_t debug(rt_value_t obj, rt_str_t **name, uint64_t *id)
{
    ffi_cdata_t *c = self_of(obj);
    rt_ffi_type_t *t = c->type;
    char buf[300];
    snprintf(buf, sizeof buf, "FFI\\CData:%s", t->name->data);
    *name = rt_str_from_cstr(buf);
    *id = c->id;
    phpvm_array_t *a = phpvm_array_new(0);
    rt_value_t v = RT_NOVALUE;
    if (t->kind == RT_FFI_ARRAY)
        return iterate(obj);
    if (t->kind == RT_FFI_STRUCT) {
        for (int64_t i = 0; i < rt_vec_len(t->members); i++) {
            rt_ffi_field_t *f = rt_ptr(rt_vec_get(t->members, i));
            if (!f->name)
                continue;
            if ((v = phpvm_ffi_to_php(f->type, c->mem, c->ptr + f->offset)) == RT_NOVALUE)
                return v;
            phpvm_array_set(a, rt_from_ptr(f->name), v);
        }
        return rt_from_ptr(a);
    }
    if (t->kind == RT_FFI_POINTER) {
        void *target = rt_ffi_read_ptr(c->ptr);
        v = !target                        ? rt_none
            : t->elem->kind == RT_FFI_VOID ? phpvm_int((int64_t)(uintptr_t)target)
                                           : phpvm_ffi_to_php(t->elem, NULL, target);
        if (v != RT_NOVALUE)
            phpvm_array_set(a, rt_small(0), v);
    } else if (t->kind != RT_FFI_FUNC) {
        if ((v = phpvm_ffi_to_php(t, c->mem, c->ptr)) != RT_NOVALUE)
            phpvm_array_set(a, rt_from_ptr(rt_str_intern_cstr("cdata")), v);
    }
    return v == RT_NOVALUE && rt_exc_pending() ? RT_NOVALUE : rt_from_ptr(a);
}

static const rt_phpslots_t cdata_slots = {
    .kind = PHPVM_OBJECT,
    .type_name = "object",
    .cls = &phpvm_ffi_cdata_class,
    .prop_read = prop_read,
    .prop_write = prop_write,
    .dim_read = dim_read,
    .dim_write = dim_write,
    .iterate = iterate,
    .count = count,
    .debug = debug,
};

void phpvm_ffi_cdata_init(void) { phpvm_ffi_cdata_type.php = &cdata_slots; }

/*
** ffi.c: ext/ffi, PHP 8's FFI on the runtime's foreign-function core: the FFI class's static
** API (cdef, new, cast, type, typeof, arrayType, addr, sizeof, alignof, string, memcpy,
** memcmp, memset, isNull, free), FFI scopes (what cdef returns: $ffi->fn(...) calls a declared
** C function, $ffi->new/cast/type use its declarations), FFI\CType, calls with PHP's argument
** conversions (strings pass as char*, PHP callables as C function pointers through libffi
** closures), and the FFI\Exception / FFI\ParserException classes.
*/
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "phpvm/ext/ffi/ffi.h"

phpvm_class_t *phpvm_ffi_class, *phpvm_ffi_cdata_class, *phpvm_ffi_ctype_class;

static void trace_scope(gc_tracer_t *tracer, void *obj)
{
    ffi_scope_t *s = obj;
    gc_visit_ptr(tracer, s->tags);
    gc_visit_ptr(tracer, s->typedefs);
    gc_visit_ptr(tracer, s->funcs);
    gc_visit_ptr(tracer, s->consts);
}

static void trace_cfunc(gc_tracer_t *tracer, void *obj)
{
    gc_visit_ptr(tracer, ((ffi_cfunc_t *)obj)->name);
    gc_visit_ptr(tracer, ((ffi_cfunc_t *)obj)->sig);
}

static void trace_ctype(gc_tracer_t *tracer, void *obj)
{
    gc_visit_ptr(tracer, ((ffi_ctype_t *)obj)->type);
}

/* A method of a scope or CType bound to it ($ffi->new, $type->getName): `op` is the static
** method's function, called with `self` as $this. */
typedef struct bound {
    rt_obj_t hdr;
    rt_value_t self;
    phpvm_cfunc_t op;
} bound_t;

static void trace_bound(gc_tracer_t *tracer, void *obj) { gc_visit(tracer, ((bound_t *)obj)->self); }

rt_type_t phpvm_ffi_scope_type = RT_TYPE_INIT("FFI", trace_scope, NULL, 0);
rt_type_t phpvm_ffi_cfunc_type = RT_TYPE_INIT("FFI function", trace_cfunc, NULL, 0);
rt_type_t phpvm_ffi_ctype_type = RT_TYPE_INIT("FFI\\CType", trace_ctype, NULL, 0);
static rt_type_t bound_type = RT_TYPE_INIT("FFI method", trace_bound, NULL, 0);

static ffi_scope_t *scope_new(void *lib)
{
    phpvm_array_t *tags = phpvm_array_new(0), *typedefs = phpvm_array_new(0),
                  *funcs = phpvm_array_new(0), *consts = phpvm_array_new(0);
    ffi_scope_t *s = rt_alloc(&phpvm_ffi_scope_type, sizeof *s); /* fresh: no barrier needed */
    s->tags = tags;
    s->typedefs = typedefs;
    s->funcs = funcs;
    s->consts = consts;
    s->lib = lib;
    return s;
}

static rt_value_t bound_new(rt_value_t self, phpvm_cfunc_t op)
{
    bound_t *b = rt_alloc(&bound_type, sizeof *b);
    b->self = self;
    b->op = op;
    return rt_from_ptr(b);
}

/* Foreign calls receive reference cells: the values behind them. */
static void deref_all(rt_value_t *args, int argc)
{
    for (int i = 0; i < argc; i++)
        args[i] = phpvm_deref(args[i]);
}

static rt_value_t bound_call(rt_value_t obj, rt_value_t *args, int argc, rt_tuple_t *names)
{
    (void)names;
    deref_all(args, argc);
    bound_t *b = rt_ptr(obj);
    return b->op(b->self, args, argc);
}

/* The scope a static method runs in: $ffi for $ffi->new(...), else a fresh empty one. */
static ffi_scope_t *scope_of(rt_value_t self)
{
    if (rt_is_ptr(self) && rt_obj_type(rt_ptr(self)) == &phpvm_ffi_scope_type)
        return rt_ptr(self);
    return scope_new(NULL);
}

/* ---- Types from arguments ---- */

static rt_value_t ctype_new(rt_ffi_type_t *t)
{
    ffi_ctype_t *c = rt_alloc(&phpvm_ffi_ctype_type, sizeof *c);
    c->id = ++phpvm_vm->next_object_id;
    c->type = t;
    return rt_from_ptr(c);
}

/* The type argument i: an FFI\CType or a C type string parsed in the scope. */
static rt_ffi_type_t *type_arg(rt_value_t self, rt_value_t *args, int argc, int i)
{
    rt_value_t v = phpvm_deref(args[i]);
    if (rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &phpvm_ffi_ctype_type)
        return ((ffi_ctype_t *)rt_ptr(v))->type;
    rt_str_t *s = phpvm_arg_str(args, argc, i);
    return s ? phpvm_ffi_parse_type(scope_of(self), s->data, (size_t)s->len) : NULL;
}

/* The CData argument i, or NULL with PHP's TypeError pending. */
static ffi_cdata_t *cdata_arg(rt_value_t *args, int i, const char *param)
{
    ffi_cdata_t *c = phpvm_ffi_cdata_of(args[i]);
    if (!c)
        phpvm_throw("TypeError", "FFI::%s(): Argument #%d ($%s) must be of type FFI\\CData, %s "
                                 "given", phpvm_cur_builtin, i + 1, param,
                    phpvm_type_name(phpvm_deref(args[i])));
    return c;
}

/* The address and size of the bytes a CData or PHP string argument stands for (memcpy...). */
static uint8_t *bytes_arg(rt_value_t *args, int i, const char *param, size_t *size)
{
    rt_value_t v = phpvm_deref(args[i]);
    if (phpvm_is_str(v)) {
        *size = (size_t)phpvm_str(v)->len;
        return (uint8_t *)phpvm_str(v)->data;
    }
    ffi_cdata_t *c = cdata_arg(args, i, param);
    if (!c)
        return NULL;
    if (c->type->kind == RT_FFI_POINTER) {
        *size = SIZE_MAX;
        return rt_ffi_read_ptr(c->ptr);
    }
    *size = c->type->size;
    return c->ptr;
}

/* ---- The FFI class ---- */

static rt_value_t m_cdef(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    rt_str_t *code = phpvm_arg_given(argc, args, 0) ? phpvm_arg_str(args, argc, 0) : NULL;
    rt_str_t *lib = NULL;
    if ((phpvm_arg_given(argc, args, 0) && !code) ||
        (phpvm_arg_given(argc, args, 1) && phpvm_deref(args[1]) != rt_none &&
         !(lib = phpvm_arg_str(args, argc, 1))))
        return RT_NOVALUE;
    const char *err;
    void *h = rt_ffi_dlopen(lib ? lib->data : NULL, 0, &err);
    if (!h)
        return phpvm_throw("FFI\\Exception", "Failed loading '%s'", lib->data);
    ffi_scope_t *s = scope_new(h);
    s->id = ++phpvm_vm->next_object_id; /* the temporary scopes of static calls are no objects */
    if (code && !phpvm_ffi_parse_decls(s, code->data, (size_t)code->len))
        return RT_NOVALUE;
    return rt_from_ptr(s);
}

static rt_value_t m_new(rt_value_t self, rt_value_t *args, int argc)
{
    rt_ffi_type_t *t = type_arg(self, args, argc, 0);
    if (!t)
        return RT_NOVALUE;
    if (t->kind == RT_FFI_VOID)
        return phpvm_throw("FFI\\ParserException", "void type is not allowed at line 1");
    if (t->flags & RT_FFI_T_INCOMPLETE) {
        const char *sp = strchr(t->name->data, ' ');
        return phpvm_throw("FFI\\ParserException", "Incomplete %.*s \"%s\" at line 1",
                           (int)(sp - t->name->data), t->name->data, sp + 1);
    }
    ffi_cdata_t *c = phpvm_ffi_cdata_new(t);
    return c ? rt_from_ptr(c) : RT_NOVALUE;
}

static rt_value_t m_type(rt_value_t self, rt_value_t *args, int argc)
{
    rt_ffi_type_t *t = type_arg(self, args, argc, 0);
    return t ? ctype_new(t) : RT_NOVALUE;
}

static rt_value_t m_typeof(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    ffi_cdata_t *c = cdata_arg(args, 0, "ptr");
    return c ? ctype_new(c->type) : RT_NOVALUE;
}

static rt_value_t m_array_type(rt_value_t self, rt_value_t *args, int argc)
{
    rt_ffi_type_t *t = type_arg(self, args, argc, 0);
    phpvm_array_t *dims = t ? phpvm_arg_array(args, argc, 1) : NULL;
    if (!dims)
        return RT_NOVALUE;
    int64_t n = rt_map_count(dims), k = 0, lens[n > 0 ? n : 1];
    for (int64_t p = phpvm_array_first(dims); p >= 0; p = phpvm_array_next(dims, p))
        lens[k++] = phpvm_to_int(phpvm_array_val_at(dims, p));
    while (k-- > 0) /* the last dimension is the innermost array */
        t = rt_ffi_type_array(t, lens[k]);
    return ctype_new(t);
}

/* A new pointer CData holding address p that keeps `keep` (0: nothing) alive. */
static rt_value_t pointer_to(rt_ffi_type_t *ptype, void *p, rt_value_t keep)
{
    ffi_cdata_t *c = phpvm_ffi_cdata_new(ptype);
    if (!c)
        return RT_NOVALUE;
    rt_ffi_write_ptr(c->ptr, p);
    if (keep)
        rt_ffi_mem_keep(c->mem, keep);
    return rt_from_ptr(c);
}

static rt_value_t m_addr(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    ffi_cdata_t *c = cdata_arg(args, 0, "ptr");
    if (!c)
        return RT_NOVALUE;
    return pointer_to(rt_ffi_type_pointer(c->type), c->ptr, c->mem ? rt_from_ptr(c->mem) : 0);
}

static rt_value_t m_cast(rt_value_t self, rt_value_t *args, int argc)
{
    rt_ffi_type_t *t = type_arg(self, args, argc, 0);
    if (!t)
        return RT_NOVALUE;
    ffi_cdata_t *c = phpvm_ffi_cdata_of(args[1]);
    if (!c) { /* a PHP scalar: an int becomes a pointer's address */
        rt_value_t v = phpvm_deref(args[1]);
        if (t->kind == RT_FFI_POINTER && phpvm_kind(v) == PHPVM_INT)
            return pointer_to(t, (void *)(uintptr_t)phpvm_int_of(v), 0);
        ffi_cdata_t *n = phpvm_ffi_cdata_new(t);
        return n && phpvm_ffi_from_php(t, n->ptr, v) ? rt_from_ptr(n) : RT_NOVALUE;
    }
    if (t->kind == RT_FFI_POINTER && c->type->kind == RT_FFI_ARRAY)
        return pointer_to(t, c->ptr, c->mem ? rt_from_ptr(c->mem) : 0);
    if (t->size > c->type->size)
        return phpvm_throw("FFI\\Exception", "attempt to cast to larger type");
    return rt_from_ptr(phpvm_ffi_cdata_view(t, c->mem, c->ptr));
}

static rt_value_t size_of(rt_value_t *args, bool align)
{
    rt_value_t v = phpvm_deref(args[0]);
    rt_ffi_type_t *t = rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &phpvm_ffi_ctype_type
                           ? ((ffi_ctype_t *)rt_ptr(v))->type
                           : NULL;
    if (!t) {
        ffi_cdata_t *c = phpvm_ffi_cdata_of(v);
        if (!c)
            return phpvm_throw("TypeError", "FFI::%s(): Argument #1 ($ptr) must be of type "
                                            "FFI\\CData or FFI\\CType, %s given",
                               align ? "alignof" : "sizeof", phpvm_type_name(v));
        t = c->type;
    }
    return phpvm_int((int64_t)(align ? t->align : t->size));
}

static rt_value_t m_sizeof(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    return size_of(args, false);
}

static rt_value_t m_alignof(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    return size_of(args, true);
}

static rt_value_t m_string(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    ffi_cdata_t *c = cdata_arg(args, 0, "ptr");
    int64_t size = -1;
    if (!c || (phpvm_arg_given(argc, args, 1) && phpvm_deref(args[1]) != rt_none &&
               !phpvm_arg_long(args, argc, 1, &size)))
        return RT_NOVALUE;
    const char *p = (const char *)(c->type->kind == RT_FFI_POINTER ? rt_ffi_read_ptr(c->ptr)
                                                                    : c->ptr);
    if (!p)
        return phpvm_throw("FFI\\Exception", "NULL pointer dereference");
    if (size < 0 && c->type->kind == RT_FFI_ARRAY) /* stops at the array's end */
        size = (int64_t)strnlen(p, c->type->size);
    return phpvm_str_value(p, size < 0 ? strlen(p) : (size_t)size);
}

static rt_value_t m_memcpy(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    ffi_cdata_t *to = cdata_arg(args, 0, "to");
    size_t cap, have;
    int64_t n;
    uint8_t *from = to ? bytes_arg(args, 1, "from", &have) : NULL;
    if (!from || !phpvm_arg_long(args, argc, 2, &n))
        return RT_NOVALUE;
    uint8_t *dst = bytes_arg(args, 0, "to", &cap);
    if (n < 0 || (size_t)n > cap || (size_t)n > have)
        return phpvm_throw("FFI\\Exception", "Attempt to read over data boundary");
    memmove(dst, from, (size_t)n);
    return rt_none;
}

static rt_value_t m_memcmp(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    size_t na, nb;
    int64_t n;
    uint8_t *a = bytes_arg(args, 0, "ptr1", &na), *b = a ? bytes_arg(args, 1, "ptr2", &nb) : NULL;
    if (!b || !phpvm_arg_long(args, argc, 2, &n))
        return RT_NOVALUE;
    if (n < 0 || (size_t)n > na || (size_t)n > nb)
        return phpvm_throw("FFI\\Exception", "attempt to read over data boundary");
    int r = memcmp(a, b, (size_t)n);
    return rt_small(r < 0 ? -1 : r > 0);
}

static rt_value_t m_memset(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self;
    size_t cap;
    int64_t ch, n;
    uint8_t *p = cdata_arg(args, 0, "ptr") ? bytes_arg(args, 0, "ptr", &cap) : NULL;
    if (!p || !phpvm_arg_long(args, argc, 1, &ch) || !phpvm_arg_long(args, argc, 2, &n))
        return RT_NOVALUE;
    if (n < 0 || (size_t)n > cap)
        return phpvm_throw("FFI\\Exception", "attempt to write over data boundary");
    memset(p, (int)ch, (size_t)n);
    return rt_none;
}

static rt_value_t m_is_null(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    ffi_cdata_t *c = cdata_arg(args, 0, "ptr");
    if (!c)
        return RT_NOVALUE;
    if (c->type->kind != RT_FFI_POINTER)
        return phpvm_throw("FFI\\Exception", "FFI\\Cdata is not a pointer");
    return rt_ffi_read_ptr(c->ptr) ? rt_false : rt_true;
}

static rt_value_t m_free(rt_value_t self, rt_value_t *args, int argc)
{
    (void)self, (void)argc;
    ffi_cdata_t *c = cdata_arg(args, 0, "ptr");
    if (!c)
        return RT_NOVALUE;
    if (!c->mem || c->ptr != c->mem->ptr || !rt_ffi_mem_free(c->mem))
        return phpvm_throw("FFI\\Exception", "Attempt to free non-owned memory");
    c->ptr = NULL;
    return rt_none;
}

static rt_value_t m_get_name(rt_value_t self, rt_value_t *args, int argc)
{
    (void)args, (void)argc;
    return rt_from_ptr(((ffi_ctype_t *)rt_ptr(self))->type->name);
}

/* ---- Calls ---- */

/* A PHP callable passed where C expects a function pointer: called with the C arguments as
** PHP values, its result stored as the C result. */
static void run_callback(rt_ffi_closure_t *cl, void *result, void **cargs)
{
    rt_vec_t *params = cl->sig->members;
    int n = (int)rt_vec_len(params);
    rt_value_t args[n > 0 ? n : 1];
    for (int i = 0; i < n; i++)
        args[i] = phpvm_ffi_to_php(rt_ptr(rt_vec_get(params, i)), NULL, cargs[i]);
    rt_value_t r = phpvm_call_value(cl->target, args, n);
    rt_ffi_type_t *ret = cl->sig->elem;
    memset(result, 0, ret->size);
    if (r != RT_NOVALUE && ret->kind != RT_FFI_VOID && !phpvm_ffi_from_php(ret, result, r))
        rt_exc_clear(); /* C cannot receive the error: the result stays 0 */
}

/* Converts argument v for parameter type t (NULL: a variadic argument, typed by its value)
** into buf; *type receives the C type passed, *value where its bytes are, *keep a heap object
** that must live until the call returns (a callback's closure) or 0. */
static bool call_arg(rt_value_t v, rt_ffi_type_t *t, uint64_t buf[2], rt_ffi_type_t **type,
                     void **value, rt_value_t *keep)
{
    ffi_cdata_t *c = phpvm_ffi_cdata_of(v);
    *value = buf;
    if (!t) {
        if (c)
            t = c->type->kind == RT_FFI_ARRAY ? rt_ffi_type_pointer(c->type->elem) : c->type;
        else if (phpvm_kind(v) == PHPVM_FLOAT)
            t = rt_ffi_type_basic(RT_FFI_DOUBLE);
        else if (phpvm_is_str(v) || v == rt_none)
            t = rt_ffi_type_pointer(rt_ffi_type_basic(RT_FFI_CHAR));
        else
            t = rt_ffi_type_basic(RT_FFI_INT64);
    }
    *type = t;
    if (t->kind == RT_FFI_POINTER && phpvm_is_str(v)) {
        rt_ffi_write_ptr(buf, phpvm_str(v)->data);
        return true;
    }
    if (t->kind == RT_FFI_POINTER && t->elem->kind == RT_FFI_FUNC && !c && v != rt_none) {
        const char *err;
        rt_ffi_closure_t *cl = rt_ffi_closure_new(t->elem, run_callback, v, &err);
        if (!cl)
            return false;
        rt_ffi_write_ptr(buf, cl->code);
        *keep = rt_from_ptr(cl);
        return true;
    }
    if (!c && (rt_ffi_is_int(t) || rt_ffi_is_float(t)) && phpvm_is_str(v)) {
        if (rt_ffi_is_int(t)) /* arguments convert as PHP's (int) and (float) casts do */
            rt_ffi_write_int(t, buf, phpvm_to_int(v));
        else
            rt_ffi_write_float(t, buf, phpvm_to_float(v));
        return true;
    }
    if (c && (t->kind == RT_FFI_STRUCT || t->kind == RT_FFI_ARRAY) && c->type->size == t->size) {
        *value = c->ptr;
        return true;
    }
    return phpvm_ffi_from_php(t, buf, v);
}

static rt_value_t cfunc_call(rt_value_t obj, rt_value_t *args, int argc, rt_tuple_t *names)
{
    (void)names;
    deref_all(args, argc);
    ffi_cfunc_t *f = rt_ptr(obj);
    if (f->sig->kind != RT_FFI_FUNC)
        return phpvm_throw("FFI\\Exception", "Attempt to call non C function '%s'", f->name->data);
    int nfixed = (int)rt_vec_len(f->sig->members);
    bool variadic = f->sig->flags & RT_FFI_T_VARIADIC;
    if (argc < nfixed || (!variadic && argc > nfixed))
        return phpvm_throw("FFI\\Exception", "Incorrect number of arguments for C function '%s', "
                                             "expecting %s %d parameter%s", f->name->data,
                           variadic ? "at least" : "exactly", nfixed, nfixed == 1 ? "" : "s");
    uint64_t bufs[argc > 0 ? argc : 1][2];
    rt_ffi_type_t *types[argc > 0 ? argc : 1];
    void *values[argc > 0 ? argc : 1];
    /* a heap vector, not a C array: the closures must outlive any collection during the call */
    rt_vec_t *keep = rt_vec_new(0);
    for (int i = 0; i < argc; i++) {
        rt_ffi_type_t *t = i < nfixed ? rt_ptr(rt_vec_get(f->sig->members, i)) : NULL;
        rt_value_t kept = 0;
        bool ok = call_arg(args[i], t, bufs[i], &types[i], &values[i], &kept);
        if (kept)
            rt_vec_append(keep, kept);
        if (!ok) {
            rt_exc_clear();
            return phpvm_throw("FFI\\Exception", "Passing incompatible argument %d of C function "
                                                 "'%s', expecting '%s', found PHP '%s'", i + 1,
                               f->name->data, types[i]->name->data,
                               phpvm_ffi_cdata_of(args[i])
                                   ? phpvm_ffi_cdata_of(args[i])->type->name->data
                                   : phpvm_type_name(args[i]));
        }
    }
    rt_ffi_type_t *ret = f->sig->elem;
    ffi_cdata_t *out = NULL;
    uint64_t small[2] = {0, 0};
    void *result = small;
    if (ret->kind == RT_FFI_STRUCT) {
        if (!(out = phpvm_ffi_cdata_new(ret)))
            return RT_NOVALUE;
        result = out->ptr;
    }
    const char *err;
    bool called = rt_ffi_call(f->addr, ret, types, (size_t)argc, (size_t)nfixed, values, result,
                              &err);
    rt_vec_clear(keep); /* used after the call: the vector stays live until here */
    if (!called)
        return phpvm_throw("FFI\\Exception", "%s", err);
    return out ? rt_from_ptr(out) : phpvm_ffi_to_php(ret, NULL, result);
}

/* ---- Scope and CType slots ---- */

static rt_value_t scope_method(rt_value_t obj, rt_str_t *name)
{
    static const struct {
        const char *name;
        phpvm_cfunc_t fn;
    } own[] = {{"new", m_new}, {"cast", m_cast}, {"type", m_type}};
    for (size_t i = 0; i < sizeof own / sizeof own[0]; i++)
        if (strcasecmp(name->data, own[i].name) == 0)
            return bound_new(obj, own[i].fn);
    rt_value_t f = rt_map_get_str(((ffi_scope_t *)rt_ptr(obj))->funcs, name);
    if (!f)
        return phpvm_throw("FFI\\Exception", "Attempt to call undefined C function '%s'",
                           name->data);
    return f;
}

/* $ffi->var: a C variable of the scope. */
static ffi_cfunc_t *variable(rt_value_t obj, rt_str_t *name, const char *verb)
{
    rt_value_t f = rt_map_get_str(((ffi_scope_t *)rt_ptr(obj))->funcs, name);
    if (!f || ((ffi_cfunc_t *)rt_ptr(f))->sig->kind == RT_FFI_FUNC) {
        phpvm_throw("FFI\\Exception", "Attempt to %s undefined C variable '%s'", verb, name->data);
        return NULL;
    }
    return rt_ptr(f);
}

static rt_value_t scope_prop_read(rt_value_t obj, rt_str_t *name)
{
    rt_value_t k = rt_map_get_str(((ffi_scope_t *)rt_ptr(obj))->consts, name);
    if (k)
        return k;
    ffi_cfunc_t *v = variable(obj, name, "read");
    return v ? phpvm_ffi_to_php(v->sig, NULL, v->addr) : RT_NOVALUE;
}

static bool scope_prop_write(rt_value_t obj, rt_str_t *name, rt_value_t val)
{
    ffi_cfunc_t *v = variable(obj, name, "assign");
    return v && phpvm_ffi_from_php(v->sig, v->addr, val);
}

static rt_value_t plain_debug(rt_value_t obj, rt_str_t **name, uint64_t *id, uint64_t oid,
                              const char *prefix, rt_ffi_type_t *t)
{
    (void)obj;
    if (t) {
        char buf[300];
        snprintf(buf, sizeof buf, "%s:%s", prefix, t->name->data);
        *name = rt_str_from_cstr(buf);
    }
    *id = oid;
    return rt_from_ptr(phpvm_array_new(0));
}

static rt_value_t scope_debug(rt_value_t obj, rt_str_t **name, uint64_t *id)
{
    return plain_debug(obj, name, id, ((ffi_scope_t *)rt_ptr(obj))->id, NULL, NULL);
}

static rt_value_t ctype_debug(rt_value_t obj, rt_str_t **name, uint64_t *id)
{
    ffi_ctype_t *c = rt_ptr(obj);
    return plain_debug(obj, name, id, c->id, "FFI\\CType", c->type);
}

static rt_value_t ctype_method(rt_value_t obj, rt_str_t *name)
{
    if (strcasecmp(name->data, "getName") == 0)
        return bound_new(obj, m_get_name);
    return phpvm_throw("Error", "Call to undefined method FFI\\CType::%s()", name->data);
}

static phpvm_class_t *callable_class;

static const rt_phpslots_t scope_slots = {
    .kind = PHPVM_OBJECT, .type_name = "object", .cls = &phpvm_ffi_class,
    .prop_read = scope_prop_read, .prop_write = scope_prop_write, .method = scope_method,
    .debug = scope_debug,
};
static const rt_phpslots_t ctype_slots = {
    .kind = PHPVM_OBJECT, .type_name = "object", .cls = &phpvm_ffi_ctype_class,
    .method = ctype_method, .debug = ctype_debug,
};
static const rt_phpslots_t cfunc_slots = {
    .kind = PHPVM_OBJECT, .type_name = "object", .cls = &callable_class, .call = cfunc_call,
};
static const rt_phpslots_t bound_slots = {
    .kind = PHPVM_OBJECT, .type_name = "object", .cls = &callable_class, .call = bound_call,
};

/* ---- The extension ---- */

static const phpvm_builtin_t methods[] = {
    {"cdef", m_cdef, 0, 2, "code,lib", 0},
    {"new", m_new, 1, 3, "type,owned,persistent", 0},
    {"cast", m_cast, 2, 2, "type,ptr", 0},
    {"type", m_type, 1, 1, "type", 0},
    {"typeof", m_typeof, 1, 1, "ptr", 0},
    {"arrayType", m_array_type, 2, 2, "type,dimensions", 0},
    {"addr", m_addr, 1, 1, "ptr", 0},
    {"sizeof", m_sizeof, 1, 1, "ptr", 0},
    {"alignof", m_alignof, 1, 1, "ptr", 0},
    {"string", m_string, 1, 2, "ptr,size", 0},
    {"memcpy", m_memcpy, 3, 3, "to,from,size", 0},
    {"memcmp", m_memcmp, 3, 3, "ptr1,ptr2,size", 0},
    {"memset", m_memset, 3, 3, "ptr,value,size", 0},
    {"isNull", m_is_null, 1, 1, "ptr", 0},
    {"free", m_free, 1, 1, "ptr", 0},
    {NULL, NULL, 0, 0, NULL, 0},
};

/* Declares a class of the extension: final unless it extends a parent (the exceptions). */
static phpvm_class_t *declare_class(const char *name, const char *parent)
{
    phpvm_class_t *c = phpvm_class_builtin(name, parent, NULL, parent ? 0 : PHPVM_C_FINAL);
    phpvm_class_declare(c);
    return c;
}

static void ffi_init(void)
{
    phpvm_class_t *c = phpvm_class_builtin("FFI", NULL, NULL, PHPVM_C_FINAL);
    phpvm_class_add_methods(c, methods);
    for (const phpvm_builtin_t *m = methods; m->name; m++) {
        char lc[32];
        size_t i = 0;
        for (; m->name[i] && i + 1 < sizeof lc; i++)
            lc[i] = (char)tolower((unsigned char)m->name[i]);
        lc[i] = 0;
        phpvm_class_method(c, rt_str_from_cstr(lc))->flags |= PHPVM_F_STATIC;
    }
    phpvm_class_declare(c);
    phpvm_ffi_class = c;
    phpvm_ffi_cdata_class = declare_class("FFI\\CData", NULL);
    phpvm_ffi_ctype_class = declare_class("FFI\\CType", NULL);
    callable_class = declare_class("FFI\\Function", NULL);
    declare_class("FFI\\Exception", "Error");
    declare_class("FFI\\ParserException", "FFI\\Exception");
    static phpvm_class_t **const roots[] = {&phpvm_ffi_class, &phpvm_ffi_cdata_class,
                                            &phpvm_ffi_ctype_class, &callable_class};
    for (size_t i = 0; i < sizeof roots / sizeof roots[0]; i++)
        gc_root_add(roots[i], 1);
    phpvm_ffi_scope_type.php = &scope_slots;
    phpvm_ffi_ctype_type.php = &ctype_slots;
    phpvm_ffi_cfunc_type.php = &cfunc_slots;
    bound_type.php = &bound_slots;
    phpvm_ffi_cdata_init();
}

/* ffi.enable and ffi.preload are accepted (php-cli's defaults); every SAPI may use FFI. */
static const char *ffi_ini(const char *key, const char *value)
{
    static char enable[16] = "preload", preload[256] = "";
    char *slot = strcmp(key, "ffi.enable") == 0    ? enable
                 : strcmp(key, "ffi.preload") == 0 ? preload
                                                   : NULL;
    size_t cap = slot == enable ? sizeof enable : sizeof preload;
    if (!slot)
        return NULL;
    static char old[256];
    snprintf(old, sizeof old, "%s", slot);
    if (value)
        snprintf(slot, cap, "%s", value);
    return old;
}

const phpvm_ext_t phpvm_ext_ffi = {"FFI", NULL, NULL, ffi_init, ffi_ini, NULL};

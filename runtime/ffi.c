/*
** ffi.c: the foreign-function core (ffi.h) on libffi and the dynamic linker. libffi does every
** calling convention: this file only describes C types to it (ffi_type trees for structs and
** arrays, made once per type and freed with it), prepares a call interface per call, and wraps
** libffi closures for callbacks. Layout follows the C rules of the x86-64 System V ABI.
*/
#include <dlfcn.h>
#include <ffi.h>
#include <stdio.h>
#include <string.h>

#include "runtime/ffi.h"

static void trace_field(gc_tracer_t *tracer, void *obj)
{
    rt_ffi_field_t *f = obj;
    gc_visit_ptr(tracer, f->name);
    gc_visit_ptr(tracer, f->type);
}

static void trace_type(gc_tracer_t *tracer, void *obj)
{
    rt_ffi_type_t *t = obj;
    gc_visit_ptr(tracer, t->name);
    gc_visit_ptr(tracer, t->elem);
    gc_visit_ptr(tracer, t->members);
    gc_visit_ptr(tracer, t->ffi);
}

static rt_type_t field_type = RT_TYPE_INIT("ffi field", trace_field, NULL, 0);
static rt_type_t type_type = RT_TYPE_INIT("ffi type", trace_type, NULL, 0);

/* libffi's descriptions live in plain heap blocks (no references to trace): they die with the
** type or closure that points at them, so nothing needs freeing at exit. The ffi_types their
** element lists point at belong to member types the owner keeps alive. */
typedef struct aggregate_block {
    rt_obj_t hdr;
    ffi_type ft;
    ffi_type *elems[]; /* n + 1, NULL-terminated */
} aggregate_block_t;

typedef struct cif_block {
    rt_obj_t hdr;
    ffi_cif cif;
    ffi_type *atypes[]; /* one per parameter */
} cif_block_t;

static rt_type_t block_type = RT_TYPE_INIT("ffi block", NULL, NULL, 0);

static const struct {
    const char *name;
    size_t size;
    ffi_type *ffi;
} kinds[RT_FFI_NKINDS] = {
    [RT_FFI_VOID] = {"void", 0, &ffi_type_void},
    [RT_FFI_BOOL] = {"bool", 1, &ffi_type_uint8},
    [RT_FFI_CHAR] = {"char", 1, &ffi_type_schar},
    [RT_FFI_INT8] = {"int8_t", 1, &ffi_type_sint8},
    [RT_FFI_UINT8] = {"uint8_t", 1, &ffi_type_uint8},
    [RT_FFI_INT16] = {"int16_t", 2, &ffi_type_sint16},
    [RT_FFI_UINT16] = {"uint16_t", 2, &ffi_type_uint16},
    [RT_FFI_INT32] = {"int32_t", 4, &ffi_type_sint32},
    [RT_FFI_UINT32] = {"uint32_t", 4, &ffi_type_uint32},
    [RT_FFI_INT64] = {"int64_t", 8, &ffi_type_sint64},
    [RT_FFI_UINT64] = {"uint64_t", 8, &ffi_type_uint64},
    [RT_FFI_FLOAT] = {"float", 4, &ffi_type_float},
    [RT_FFI_DOUBLE] = {"double", 8, &ffi_type_double},
    [RT_FFI_POINTER] = {NULL, sizeof(void *), &ffi_type_pointer},
    [RT_FFI_FUNC] = {NULL, 0, NULL},
};

static rt_ffi_type_t *basic[RT_FFI_DOUBLE + 1];

static rt_ffi_type_t *type_new(rt_ffi_kind_t kind, size_t size, size_t align, rt_str_t *name)
{
    rt_ffi_type_t *t = rt_alloc(&type_type, sizeof *t);
    t->kind = kind;
    t->size = size;
    t->align = align;
    t->name = name;
    return t;
}

rt_ffi_type_t *rt_ffi_type_basic(rt_ffi_kind_t kind)
{
    if (!basic[kind]) {
        if (!basic[0])
            gc_root_add(basic, sizeof basic / sizeof basic[0]);
        size_t size = kinds[kind].size;
        basic[kind] = type_new(kind, size, size ? size : 1, rt_str_intern_cstr(kinds[kind].name));
    }
    return basic[kind];
}

bool rt_ffi_is_unsigned(const rt_ffi_type_t *t)
{
    switch (t->kind) {
    case RT_FFI_BOOL: case RT_FFI_UINT8: case RT_FFI_UINT16: case RT_FFI_UINT32:
    case RT_FFI_UINT64: case RT_FFI_POINTER:
        return true;
    default:
        return false;
    }
}

rt_ffi_type_t *rt_ffi_type_pointer(rt_ffi_type_t *elem)
{
    if (!elem)
        elem = rt_ffi_type_basic(RT_FFI_VOID);
    char buf[256];
    snprintf(buf, sizeof buf, "%s*", elem->name->data);
    rt_str_t *name = rt_str_from_cstr(buf);
    rt_ffi_type_t *t = type_new(RT_FFI_POINTER, sizeof(void *), sizeof(void *), name);
    RT_STORE(t, elem, elem);
    return t;
}

/* A block with an ffi_type describing `n` consecutive members (a struct's, or an array's
** elements) for passing the aggregate by value; NULL when libffi cannot describe it (empty).
** May collect. */
static rt_obj_t *aggregate(size_t size, size_t align, ffi_type **elems, size_t n)
{
    if (n == 0)
        return NULL;
    aggregate_block_t *b = rt_alloc(&block_type, sizeof *b + (n + 1) * sizeof(ffi_type *));
    b->ft.size = size;
    b->ft.alignment = (unsigned short)align;
    b->ft.type = FFI_TYPE_STRUCT;
    b->ft.elements = b->elems;
    memcpy(b->elems, elems, n * sizeof *elems);
    b->elems[n] = NULL;
    return &b->hdr;
}

static ffi_type *ffi_of(const rt_ffi_type_t *t)
{
    if (t->kind == RT_FFI_STRUCT || t->kind == RT_FFI_ARRAY)
        return t->ffi ? &((aggregate_block_t *)t->ffi)->ft : NULL;
    return kinds[t->kind].ffi;
}

rt_ffi_type_t *rt_ffi_type_array(rt_ffi_type_t *elem, int64_t length)
{
    char buf[256], len[32] = "";
    if (length >= 0)
        snprintf(len, sizeof len, "%lld", (long long)length);
    const char *br = strchr(elem->name->data, '[');
    int head = br ? (int)(br - elem->name->data) : (int)elem->name->len;
    snprintf(buf, sizeof buf, "%.*s[%s]%s", head, elem->name->data, len, br ? br : "");
    rt_str_t *name = rt_str_from_cstr(buf);
    size_t n = length > 0 ? (size_t)length : 0;
    rt_ffi_type_t *t = type_new(RT_FFI_ARRAY, elem->size * n, elem->align, name);
    RT_STORE(t, elem, elem);
    t->length = length;
    ffi_type *e = ffi_of(elem);
    if (e && n > 0 && n <= 4096) {
        ffi_type *elems[n];
        for (size_t i = 0; i < n; i++)
            elems[i] = e;
        rt_obj_t *b = aggregate(t->size, t->align, elems, n);
        RT_STORE(t, ffi, b);
    }
    return t;
}

rt_ffi_type_t *rt_ffi_type_struct(rt_str_t *name, bool is_union)
{
    rt_ffi_type_t *t = type_new(RT_FFI_STRUCT, 0, 1, name);
    t->flags = RT_FFI_T_INCOMPLETE | (is_union ? RT_FFI_T_UNION : 0);
    rt_vec_t *v = rt_vec_new(4);
    RT_STORE(t, members, v);
    return t;
}

rt_ffi_field_t *rt_ffi_struct_field(const rt_ffi_type_t *st, const char *name, size_t len)
{
    for (int64_t i = 0; st->members && i < rt_vec_len(st->members); i++) {
        rt_ffi_field_t *f = rt_ptr(rt_vec_get(st->members, i));
        if (f->name && (size_t)f->name->len == len && memcmp(f->name->data, name, len) == 0)
            return f;
    }
    return NULL;
}

bool rt_ffi_struct_add(rt_ffi_type_t *st, rt_str_t *name, rt_ffi_type_t *type, const char **err)
{
    if (type->kind == RT_FFI_VOID || (type->flags & RT_FFI_T_INCOMPLETE) || type->kind == RT_FFI_FUNC) {
        *err = "incomplete type";
        return false;
    }
    if (name && rt_ffi_struct_field(st, name->data, name->len)) {
        *err = "duplicate field";
        return false;
    }
    rt_ffi_field_t *f = rt_alloc(&field_type, sizeof *f);
    f->name = name;
    f->type = type;
    rt_vec_append(st->members, rt_from_ptr(f));
    return true;
}

void rt_ffi_struct_finish(rt_ffi_type_t *st, size_t pack)
{
    size_t off = 0, size = 0, align = 1;
    int64_t n = rt_vec_len(st->members);
    ffi_type *elems[n > 0 ? n : 1];
    bool describable = true;
    for (int64_t i = 0; i < n; i++) {
        rt_ffi_field_t *f = rt_ptr(rt_vec_get(st->members, i));
        size_t a = pack && f->type->align > pack ? pack : f->type->align;
        if (st->flags & RT_FFI_T_UNION) {
            f->offset = 0;
        } else {
            off = (off + a - 1) / a * a;
            f->offset = off;
            off += f->type->size;
        }
        size = off > size ? off : size;
        if (f->type->size > size)
            size = f->type->size;
        align = a > align ? a : align;
        describable &= (elems[i] = ffi_of(f->type)) != NULL;
    }
    st->size = (size + align - 1) / align * align;
    st->align = align;
    st->flags &= ~(uint32_t)RT_FFI_T_INCOMPLETE;
    st->ffi = NULL;
    /* libffi has no unions: unions and packed structs cannot pass by value */
    if (describable && n > 0 && !pack && !(st->flags & RT_FFI_T_UNION)) {
        rt_obj_t *b = aggregate(st->size, st->align, elems, (size_t)n);
        RT_STORE(st, ffi, b);
    }
}

rt_ffi_type_t *rt_ffi_type_func(rt_ffi_type_t *ret, rt_ffi_type_t *const *params, size_t n,
                                bool variadic)
{
    rt_vec_t *v = rt_vec_new((int64_t)n);
    for (size_t i = 0; i < n; i++)
        rt_vec_append(v, rt_from_ptr(params[i]));
    rt_ffi_type_t *t = type_new(RT_FFI_FUNC, 0, 1, ret->name);
    RT_STORE(t, elem, ret);
    RT_STORE(t, members, v);
    t->flags = variadic ? RT_FFI_T_VARIADIC : 0;
    return t;
}

/* ---- Scalars ---- */

int64_t rt_ffi_read_int(const rt_ffi_type_t *t, const void *p)
{
    switch (t->kind) {
    case RT_FFI_BOOL: return *(const uint8_t *)p != 0;
    case RT_FFI_CHAR: case RT_FFI_INT8: return *(const int8_t *)p;
    case RT_FFI_UINT8: return *(const uint8_t *)p;
    case RT_FFI_INT16: { int16_t v; memcpy(&v, p, 2); return v; }
    case RT_FFI_UINT16: { uint16_t v; memcpy(&v, p, 2); return v; }
    case RT_FFI_INT32: { int32_t v; memcpy(&v, p, 4); return v; }
    case RT_FFI_UINT32: { uint32_t v; memcpy(&v, p, 4); return v; }
    default: { int64_t v; memcpy(&v, p, 8); return v; }
    }
}

void rt_ffi_write_int(const rt_ffi_type_t *t, void *p, int64_t v)
{
    switch (t->size) {
    case 1: *(uint8_t *)p = t->kind == RT_FFI_BOOL ? v != 0 : (uint8_t)v; break;
    case 2: { uint16_t x = (uint16_t)v; memcpy(p, &x, 2); break; }
    case 4: { uint32_t x = (uint32_t)v; memcpy(p, &x, 4); break; }
    default: memcpy(p, &v, 8); break;
    }
}

double rt_ffi_read_float(const rt_ffi_type_t *t, const void *p)
{
    if (t->kind == RT_FFI_FLOAT) {
        float f;
        memcpy(&f, p, sizeof f);
        return f;
    }
    double d;
    memcpy(&d, p, sizeof d);
    return d;
}

void rt_ffi_write_float(const rt_ffi_type_t *t, void *p, double v)
{
    if (t->kind == RT_FFI_FLOAT) {
        float f = (float)v;
        memcpy(p, &f, sizeof f);
    } else {
        memcpy(p, &v, sizeof v);
    }
}

/* ---- Memory blocks ---- */

static void trace_mem(gc_tracer_t *tracer, void *obj) { gc_visit(tracer, ((rt_ffi_mem_t *)obj)->keep); }

rt_type_t rt_ffi_mem_type = RT_TYPE_INIT("ffi memory", trace_mem, NULL, 0);

/* Where an owned block's bytes start: after the header, 16-byte aligned like malloc's. */
enum { MEM_DATA = (sizeof(rt_ffi_mem_t) + 15) / 16 * 16 };

rt_ffi_mem_t *rt_ffi_mem_new(size_t size)
{
    rt_ffi_mem_t *m = rt_alloc(&rt_ffi_mem_type, MEM_DATA + size);
    m->ptr = (uint8_t *)m + MEM_DATA;
    m->size = size;
    m->owned = true;
    return m;
}

rt_ffi_mem_t *rt_ffi_mem_wrap(void *p, size_t size, rt_value_t keep)
{
    rt_ffi_mem_t *m = rt_alloc(&rt_ffi_mem_type, sizeof *m);
    m->ptr = p;
    m->size = size;
    RT_STORE(m, keep, keep);
    return m;
}

bool rt_ffi_mem_free(rt_ffi_mem_t *m)
{
    if (!m->owned || !m->ptr)
        return false;
    m->ptr = NULL;
    m->owned = false;
    return true;
}

void rt_ffi_mem_keep(rt_ffi_mem_t *m, rt_value_t v)
{
    if (!m->keep) {
        RT_STORE(m, keep, v);
        return;
    }
    rt_vec_t *chain;
    if (rt_is_ptr(m->keep) && rt_obj_type(rt_ptr(m->keep)) == &rt_type_vec) {
        chain = rt_ptr(m->keep);
    } else {
        chain = rt_vec_new(2);
        rt_vec_append(chain, m->keep);
        RT_STORE(m, keep, rt_from_ptr(chain));
    }
    rt_vec_append(chain, v);
}

/* ---- Libraries and calls ---- */

void *rt_ffi_dlopen(const char *name, int mode, const char **err)
{
    void *h = dlopen(name, mode ? mode : RTLD_NOW);
    if (!h)
        *err = dlerror();
    return h;
}

void *rt_ffi_dlsym(void *handle, const char *sym, const char **err)
{
    dlerror();
    void *p = dlsym(handle, sym);
    const char *e = dlerror();
    if (e || !p) {
        *err = e ? e : "symbol is NULL";
        return NULL;
    }
    return p;
}

/* The ffi_type of a parameter or result; function types pass as pointers. */
static ffi_type *arg_ffi(const rt_ffi_type_t *t)
{
    return t->kind == RT_FFI_FUNC ? &ffi_type_pointer : ffi_of(t);
}

static bool prep(ffi_cif *cif, ffi_type **atypes, rt_ffi_type_t *ret, rt_ffi_type_t *const *args,
                 size_t nargs, size_t nfixed, const char **err)
{
    for (size_t i = 0; i < nargs; i++)
        if (!(atypes[i] = arg_ffi(args[i]))) {
            *err = "cannot pass this type by value";
            return false;
        }
    ffi_type *rt = arg_ffi(ret);
    if (!rt) {
        *err = "cannot return this type by value";
        return false;
    }
    ffi_status st = nfixed < nargs
                        ? ffi_prep_cif_var(cif, FFI_DEFAULT_ABI, (unsigned)nfixed, (unsigned)nargs,
                                           rt, atypes)
                        : ffi_prep_cif(cif, FFI_DEFAULT_ABI, (unsigned)nargs, rt, atypes);
    if (st != FFI_OK) {
        *err = "libffi rejected the function signature";
        return false;
    }
    return true;
}

/* Integer results come back widened to a full ffi_arg. */
static bool widened(const rt_ffi_type_t *t)
{
    return rt_ffi_is_int(t) || t->kind == RT_FFI_POINTER || t->kind == RT_FFI_FUNC;
}

bool rt_ffi_call(void *fn, rt_ffi_type_t *ret, rt_ffi_type_t *const *args, size_t nargs,
                 size_t nfixed, void **values, void *result, const char **err)
{
    ffi_cif cif;
    ffi_type *atypes[nargs ? nargs : 1];
    if (!prep(&cif, atypes, ret, args, nargs, nfixed, err))
        return false;
    if (widened(ret)) {
        ffi_arg r = 0;
        ffi_call(&cif, FFI_FN(fn), &r, values);
        rt_ffi_write_int(ret->kind == RT_FFI_FUNC ? rt_ffi_type_basic(RT_FFI_UINT64) : ret, result,
                         (int64_t)r);
    } else {
        ffi_call(&cif, FFI_FN(fn), ret->kind == RT_FFI_VOID ? NULL : result, values);
    }
    return true;
}

/* ---- Callbacks ---- */

static void trace_closure(gc_tracer_t *tracer, void *obj)
{
    rt_ffi_closure_t *c = obj;
    gc_visit_ptr(tracer, c->sig);
    gc_visit(tracer, c->target);
    gc_visit_ptr(tracer, c->cif);
}

/* libffi's closure memory is its own (not malloc's): freed here, when the closure dies. */
static void finalize_closure(void *obj)
{
    rt_ffi_closure_t *c = obj;
    if (c->closure)
        ffi_closure_free(c->closure);
}

rt_type_t rt_ffi_closure_type = RT_TYPE_INIT("ffi closure", trace_closure, finalize_closure, 0);

/* libffi's entry for every closure: runs the front end's handler, widening integer results. */
static void trampoline(ffi_cif *cif, void *result, void **args, void *data)
{
    (void)cif;
    rt_ffi_closure_t *c = data;
    rt_ffi_type_t *ret = c->sig->elem;
    if (!widened(ret)) {
        c->fn(c, result, args);
        return;
    }
    uint64_t tmp = 0;
    c->fn(c, &tmp, args);
    const rt_ffi_type_t *as = ret->kind == RT_FFI_FUNC ? rt_ffi_type_basic(RT_FFI_UINT64) : ret;
    int64_t v = rt_ffi_read_int(as, &tmp);
    memcpy(result, &v, sizeof(ffi_arg));
}

rt_ffi_closure_t *rt_ffi_closure_new(rt_ffi_type_t *sig, rt_ffi_callback_fn fn, rt_value_t target,
                                     const char **err)
{
    size_t n = (size_t)rt_vec_len(sig->members);
    rt_ffi_type_t *params[n ? n : 1];
    for (size_t i = 0; i < n; i++)
        params[i] = rt_ptr(rt_vec_get(sig->members, i));
    cif_block_t *b = rt_alloc(&block_type, sizeof *b + (n ? n : 1) * sizeof(ffi_type *));
    if (!prep(&b->cif, b->atypes, sig->elem, params, n, n, err))
        return NULL;
    rt_ffi_closure_t *c = rt_alloc(&rt_ffi_closure_type, sizeof *c);
    c->sig = sig;
    c->target = target;
    c->fn = fn;
    c->cif = &b->hdr;
    if (!(c->closure = ffi_closure_alloc(sizeof(ffi_closure), &c->code))) {
        *err = "cannot allocate a closure";
        return NULL;
    }
    if (ffi_prep_closure_loc(c->closure, &b->cif, trampoline, c, c->code) != FFI_OK) {
        *err = "libffi rejected the callback signature";
        return NULL;
    }
    return c;
}

/*
** mod_ctypes.c: the native `_ctypes` module (modules.h), in two layers. This file is the C layer
** over the runtime's foreign-function core (runtime/ffi.h): C type descriptors for ctypes' type
** codes, structs and arrays; C memory blocks; reads and writes of typed values at addresses;
** dlopen/dlsym; calls through libffi; callbacks as libffi closures. The class layer ctypes
** programs see (_SimpleCData, Structure, Union, Array, _Pointer, CFuncPtr and their metaclasses,
** sizeof, byref, POINTER...) is Python code, pyvm/modules/ctypes_layer.py, compiled into the same
** module namespace on import (the build embeds its text as pyvm_mod_ctypes_layer), because its
** semantics are mostly metaclass protocol that Python states directly. The C names all start
** with _ffi_ and take and return plain values: addresses are ints.
*/
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "pyvm/modules/modules.h"
#include "runtime/ffi.h"

extern const char pyvm_mod_ctypes_layer[]; /* the generated ctypes_layer.c */

static pyvm_class_t *ffitype_cls, *mem_cls, *callback_cls;

/* A C type as Python holds it. */
typedef struct ffitype {
    rt_obj_t hdr;
    rt_ffi_type_t *t;
} ffitype_t;

static void trace_ffitype(gc_tracer_t *tracer, void *obj)
{
    gc_visit_ptr(tracer, ((ffitype_t *)obj)->t);
}

static rt_type_t ffitype_type = RT_TYPE_INIT("_ffi_type", trace_ffitype, NULL, 0);
static const rt_pyslots_t ffitype_slots = {.cls = &ffitype_cls};
static const rt_pyslots_t mem_slots = {.cls = &mem_cls};
static const rt_pyslots_t callback_slots = {.cls = &callback_cls};

#define FN(name) static rt_value_t name(rt_value_t self, const rt_value_t *a, size_t n, rt_tuple_t *kw)

static rt_value_t wrap_type(rt_ffi_type_t *t)
{
    ffitype_t *f = rt_alloc(&ffitype_type, sizeof *f);
    f->t = t;
    return rt_from_ptr(f);
}

/* The C type of argument v: an _ffi_type, or None for void. NULL with TypeError pending. */
static rt_ffi_type_t *type_arg(rt_value_t v)
{
    if (v == rt_none)
        return rt_ffi_type_basic(RT_FFI_VOID);
    if (rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &ffitype_type)
        return ((ffitype_t *)rt_ptr(v))->t;
    rt_raise(RT_EXC_TYPE, "expected an _ffi_type, got %s", pyvm_type_name(v));
    return NULL;
}

static bool int_arg(rt_value_t v, int64_t *out)
{
    return pyvm_index_i64(v, out);
}

/* ctypes' type codes (the struct module's letters plus z, Z, P, O, u, ?). */
static rt_ffi_type_t *code_type(char code)
{
    switch (code) {
    case 'b': return rt_ffi_type_basic(RT_FFI_INT8);
    case 'B': return rt_ffi_type_basic(RT_FFI_UINT8);
    case 'c': return rt_ffi_type_basic(RT_FFI_CHAR);
    case 'h': case 'v': return rt_ffi_type_basic(RT_FFI_INT16);
    case 'H': return rt_ffi_type_basic(RT_FFI_UINT16);
    case 'i': case 'u': return rt_ffi_type_basic(RT_FFI_INT32);
    case 'I': return rt_ffi_type_basic(RT_FFI_UINT32);
    case 'l': case 'q': return rt_ffi_type_basic(RT_FFI_INT64);
    case 'L': case 'Q': return rt_ffi_type_basic(RT_FFI_UINT64);
    case 'f': return rt_ffi_type_basic(RT_FFI_FLOAT);
    case 'd': case 'g': return rt_ffi_type_basic(RT_FFI_DOUBLE); /* long double: see the layer */
    case '?': return rt_ffi_type_basic(RT_FFI_BOOL);
    case 'z': case 'Z': case 'P': case 'O': return rt_ffi_type_pointer(NULL);
    default: return NULL;
    }
}

static char code_arg(rt_value_t v)
{
    if (pyvm_is_str(v) && pyvm_str_of(v)->len == 1 && code_type(pyvm_str_of(v)->data[0]))
        return pyvm_str_of(v)->data[0];
    rt_raise(RT_EXC_VALUE, "unknown ctypes type code");
    return 0;
}

FN(f_simple)
{
    (void)self, (void)n, (void)kw;
    char c = code_arg(a[0]);
    return c ? wrap_type(code_type(c)) : RT_NOVALUE;
}

/* _ffi_struct(types, is_union, pack): the laid-out type and the member offsets. */
FN(f_struct)
{
    (void)self, (void)n, (void)kw;
    int64_t pack;
    rt_vec_t *types = pyvm_seq_to_vec(a[0]);
    if (!types || !int_arg(a[2], &pack))
        return RT_NOVALUE;
    rt_ffi_type_t *st = rt_ffi_type_struct(rt_str_from_cstr("struct"), pyvm_truth(a[1]) > 0);
    for (int64_t i = 0; i < rt_vec_len(types); i++) {
        rt_ffi_type_t *t = type_arg(rt_vec_get(types, i));
        const char *err;
        if (!t)
            return RT_NOVALUE;
        if (!rt_ffi_struct_add(st, NULL, t, &err))
            return rt_raise(RT_EXC_TYPE, "field %lld: %s", (long long)i, err);
    }
    rt_ffi_struct_finish(st, (size_t)pack);
    rt_tuple_t *offs = rt_tuple_new(rt_vec_len(types));
    for (int64_t i = 0; i < rt_vec_len(types); i++)
        rt_tuple_init_item(offs, i, rt_small(((rt_ffi_field_t *)rt_ptr(
                                                  rt_vec_get(st->members, i)))->offset));
    rt_value_t items[2] = {wrap_type(st), rt_from_ptr(offs)};
    return rt_from_ptr(rt_tuple_from(items, 2));
}

FN(f_array)
{
    (void)self, (void)n, (void)kw;
    rt_ffi_type_t *t = type_arg(a[0]);
    int64_t len;
    if (!t || !int_arg(a[1], &len))
        return RT_NOVALUE;
    return wrap_type(rt_ffi_type_array(t, len));
}

FN(f_size)
{
    (void)self, (void)n, (void)kw;
    rt_ffi_type_t *t = type_arg(a[0]);
    return t ? rt_small((int64_t)t->size) : RT_NOVALUE;
}

FN(f_align)
{
    (void)self, (void)n, (void)kw;
    rt_ffi_type_t *t = type_arg(a[0]);
    return t ? rt_small((int64_t)t->align) : RT_NOVALUE;
}

/* ---- Memory ---- */

FN(f_alloc)
{
    (void)self, (void)n, (void)kw;
    int64_t size;
    if (!int_arg(a[0], &size))
        return RT_NOVALUE;
    if (size < 0)
        return rt_raise(RT_EXC_VALUE, "negative size");
    return rt_from_ptr(rt_ffi_mem_new((size_t)size));
}

static rt_ffi_mem_t *mem_arg(rt_value_t v)
{
    if (rt_is_ptr(v) && pyvm_type_of(v) == mem_cls)
        return rt_ptr(v);
    rt_raise(RT_EXC_TYPE, "expected a memory block");
    return NULL;
}

FN(f_mem_addr)
{
    (void)self, (void)n, (void)kw;
    rt_ffi_mem_t *m = mem_arg(a[0]);
    return m ? rt_int_from_u64((uintptr_t)m->ptr) : RT_NOVALUE;
}

static void *addr_arg(rt_value_t v, bool *ok)
{
    int64_t p = 0;
    *ok = v == rt_none || int_arg(v, &p);
    return (void *)(uintptr_t)p;
}

static rt_value_t bytes_value(const void *p, size_t len)
{
    return rt_from_ptr(rt_str_new_typed(&rt_type_bytes, p, len));
}

/* A NUL-terminated wchar_t string as str (wchar_t is UTF-32 here). */
static rt_value_t wide_str(const wchar_t *w, int64_t len)
{
    if (len < 0)
        len = (int64_t)wcslen(w);
    rt_strbuf_t b;
    rt_strbuf_init(&b, (size_t)len);
    for (int64_t i = 0; i < len; i++) {
        char u[4];
        rt_strbuf_append(&b, u, (size_t)rt_utf8_encode((uint32_t)w[i], u));
    }
    return rt_from_ptr(rt_strbuf_finish(&b, &rt_type_str));
}

/* _ffi_read(code, addr): the Python value of the C value there. */
FN(f_read)
{
    (void)self, (void)n, (void)kw;
    char c = code_arg(a[0]);
    bool ok;
    uint8_t *p = addr_arg(a[1], &ok);
    if (!c || !ok)
        return RT_NOVALUE;
    rt_ffi_type_t *t = code_type(c);
    switch (c) {
    case 'c':
        return bytes_value(p, 1);
    case '?':
        return *p ? rt_true : rt_false;
    case 'f': case 'd': case 'g':
        return rt_float_new(rt_ffi_read_float(t, p));
    case 'u': {
        wchar_t w;
        memcpy(&w, p, sizeof w);
        return wide_str(&w, 1);
    }
    case 'z': case 'Z': case 'P': case 'O': {
        void *q = rt_ffi_read_ptr(p);
        if (!q)
            return rt_none;
        return c == 'z' ? bytes_value(q, strlen(q)) : c == 'Z' ? wide_str(q, -1)
               : c == 'O' ? (rt_value_t)(uintptr_t)q : rt_int_from_u64((uintptr_t)q);
    }
    default:
        return rt_ffi_is_unsigned(t)
                   ? rt_int_from_u64((uint64_t)rt_ffi_read_int(t, p))
                   : rt_int_from_i64(rt_ffi_read_int(t, p));
    }
}

/* A str as a fresh NUL-terminated wchar_t block. */
static rt_ffi_mem_t *wide_block(rt_str_t *s)
{
    rt_ffi_mem_t *m = rt_ffi_mem_new(((size_t)s->len + 1) * sizeof(wchar_t));
    wchar_t *w = (wchar_t *)m->ptr;
    for (int64_t i = 0; i < s->len;) {
        int k;
        *w++ = (wchar_t)rt_utf8_decode(s->data + i, &k);
        i += k;
    }
    return m;
}

/* _ffi_write(code, addr, value): stores value; returns what must stay alive for the stored
** pointer to stay valid (bytes for z, a wide copy for Z, the object for O), else None. Integers
** must already fit in 64 bits (the layer masks them as ctypes does). */
FN(f_write)
{
    (void)self, (void)n, (void)kw;
    char c = code_arg(a[0]);
    bool ok;
    uint8_t *p = addr_arg(a[1], &ok);
    if (!c || !ok)
        return RT_NOVALUE;
    rt_value_t v = a[2];
    rt_ffi_type_t *t = code_type(c);
    const char *data;
    int64_t len;
    switch (c) {
    case 'c':
        if (!pyvm_bytes_like(v, &data, &len) || len != 1)
            return rt_raise(RT_EXC_TYPE, "one character bytes, bytearray or integer expected");
        *p = (uint8_t)data[0];
        return rt_none;
    case '?':
        rt_ffi_write_int(t, p, pyvm_truth(v) > 0);
        return rt_none;
    case 'f': case 'd': case 'g': {
        double d;
        bool err;
        if (!pyvm_num_to_double(v, &d, &err))
            return err ? RT_NOVALUE : rt_raise(RT_EXC_TYPE, "must be real number, not %s",
                                               pyvm_type_name(v));
        rt_ffi_write_float(t, p, d);
        return rt_none;
    }
    case 'u':
        if (!pyvm_is_str(v) || rt_str_cp_len(pyvm_str_of(v)) != 1)
            return rt_raise(RT_EXC_TYPE, "one character unicode string expected");
        rt_ffi_write_int(t, p, (int64_t)rt_str_cp_at(pyvm_str_of(v), 0));
        return rt_none;
    case 'O':
        rt_ffi_write_ptr(p, (void *)(uintptr_t)v);
        return v;
    case 'z':
        if (pyvm_bytes_like(v, &data, &len)) {
            rt_ffi_write_ptr(p, data);
            return v;
        }
        break;
    case 'Z':
        if (pyvm_is_str(v)) {
            rt_ffi_mem_t *m = wide_block(pyvm_str_of(v));
            rt_ffi_write_ptr(p, m->ptr);
            return rt_from_ptr(m);
        }
        break;
    default:
        break;
    }
    if (c == 'z' || c == 'Z' || c == 'P') {
        void *q = addr_arg(v, &ok);
        if (!ok)
            return RT_NOVALUE;
        rt_ffi_write_ptr(p, q);
        return rt_none;
    }
    int64_t i;
    if (!int_arg(v, &i))
        return RT_NOVALUE;
    rt_ffi_write_int(t, p, i);
    return rt_none;
}

/* _ffi_string_at(addr, size): size bytes there (size < 0: up to the NUL). */
FN(f_string_at)
{
    (void)self, (void)n, (void)kw;
    bool ok;
    const char *p = addr_arg(a[0], &ok);
    int64_t size;
    if (!ok || !int_arg(a[1], &size))
        return RT_NOVALUE;
    return bytes_value(p, size < 0 ? strlen(p) : (size_t)size);
}

FN(f_wstring_at)
{
    (void)self, (void)n, (void)kw;
    bool ok;
    const wchar_t *p = addr_arg(a[0], &ok);
    int64_t size;
    if (!ok || !int_arg(a[1], &size))
        return RT_NOVALUE;
    return wide_str(p, size);
}

/* _ffi_write_bytes(addr, data): copies a bytes-like value there. */
FN(f_write_bytes)
{
    (void)self, (void)n, (void)kw;
    bool ok;
    void *p = addr_arg(a[0], &ok);
    const char *data;
    int64_t len;
    if (!ok)
        return RT_NOVALUE;
    if (!pyvm_bytes_like(a[1], &data, &len))
        return rt_raise(RT_EXC_TYPE, "bytes expected instead of %s instance", pyvm_type_name(a[1]));
    memmove(p, data, (size_t)len);
    return rt_none;
}

/* ---- Libraries, calls, callbacks ---- */

FN(f_dlopen)
{
    (void)self, (void)n, (void)kw;
    int64_t mode;
    if (a[0] != rt_none && !pyvm_is_str(a[0]))
        return rt_raise(RT_EXC_TYPE, "dlopen() argument 1 must be str or None");
    if (!int_arg(a[1], &mode))
        return RT_NOVALUE;
    const char *err;
    void *h = rt_ffi_dlopen(a[0] == rt_none ? NULL : pyvm_str_of(a[0])->data, (int)mode | RTLD_NOW,
                            &err);
    return h ? rt_int_from_u64((uintptr_t)h) : rt_raise(RT_EXC_OS, "%s", err);
}

FN(f_dlsym)
{
    (void)self, (void)n, (void)kw;
    bool ok;
    void *h = addr_arg(a[0], &ok);
    if (!ok)
        return RT_NOVALUE;
    if (!pyvm_is_str(a[1]))
        return rt_raise(RT_EXC_TYPE, "symbol name must be str");
    const char *err;
    void *p = rt_ffi_dlsym(h, pyvm_str_of(a[1])->data, &err);
    return p ? rt_int_from_u64((uintptr_t)p) : rt_raise(RT_EXC_ATTRIBUTE, "%s", err);
}

/* The private errno of use_errno calls (ctypes' get_errno / set_errno). */
static int saved_errno;

/* _ffi_call(fn, restype, argtypes, nfixed, argaddrs, resaddr, use_errno): calls fn; each
** argument's C value is at argaddrs[i], the result goes to resaddr. */
FN(f_call)
{
    (void)self, (void)n, (void)kw;
    bool ok, ok2;
    void *fn = addr_arg(a[0], &ok);
    void *res = addr_arg(a[5], &ok2);
    rt_ffi_type_t *ret = type_arg(a[1]);
    rt_vec_t *types = pyvm_seq_to_vec(a[2]), *addrs = types ? pyvm_seq_to_vec(a[4]) : NULL;
    int64_t nfixed;
    if (!ok || !ok2 || !ret || !addrs || !int_arg(a[3], &nfixed))
        return RT_NOVALUE;
    int64_t nargs = rt_vec_len(types);
    if (rt_vec_len(addrs) != nargs || nfixed > nargs)
        return rt_raise(RT_EXC_VALUE, "argument lists differ");
    rt_ffi_type_t *tv[nargs > 0 ? nargs : 1];
    void *values[nargs > 0 ? nargs : 1];
    for (int64_t i = 0; i < nargs; i++) {
        if (!(tv[i] = type_arg(rt_vec_get(types, i))))
            return RT_NOVALUE;
        values[i] = addr_arg(rt_vec_get(addrs, i), &ok);
        if (!ok)
            return RT_NOVALUE;
    }
    bool use_errno = pyvm_truth(a[6]) > 0;
    const char *err;
    if (use_errno)
        errno = saved_errno;
    ok = rt_ffi_call(fn, ret, tv, (size_t)nargs, (size_t)nfixed, values, res, &err);
    if (use_errno)
        saved_errno = errno;
    return ok ? rt_none : rt_raise(RT_EXC_TYPE, "%s", err);
}

FN(f_get_errno)
{
    (void)self, (void)a, (void)n, (void)kw;
    return rt_small(saved_errno);
}

FN(f_set_errno)
{
    (void)self, (void)n, (void)kw;
    int64_t v;
    if (!int_arg(a[0], &v))
        return RT_NOVALUE;
    int old = saved_errno;
    saved_errno = (int)v;
    return rt_small(old);
}

/* A callback's entry: the layer's thunk gets the result address then each argument's address;
** an exception it lets through cannot reach C, so it is reported and the result stays 0. */
static void run_callback(rt_ffi_closure_t *c, void *result, void **args)
{
    int64_t nargs = rt_vec_len(c->sig->members);
    rt_value_t argv[nargs + 1];
    argv[0] = rt_int_from_u64((uintptr_t)result);
    for (int64_t i = 0; i < nargs; i++)
        argv[i + 1] = rt_int_from_u64((uintptr_t)args[i]);
    memset(result, 0, c->sig->elem->size);
    if (!pyvm_call(c->target, argv, (size_t)nargs + 1, NULL)) {
        rt_tb_t *tb;
        rt_value_t exc = rt_exc_fetch(&tb);
        fprintf(stderr, "Exception ignored on calling ctypes callback function:\n");
        pyvm_exc_print(exc, tb, stderr);
    }
}

/* _ffi_callback(restype, argtypes, thunk): a closure object; _ffi_callback_addr gives its C
** function pointer, valid while the object lives. */
FN(f_callback)
{
    (void)self, (void)n, (void)kw;
    rt_ffi_type_t *ret = type_arg(a[0]);
    rt_vec_t *types = ret ? pyvm_seq_to_vec(a[1]) : NULL;
    if (!types)
        return RT_NOVALUE;
    int64_t np = rt_vec_len(types);
    rt_ffi_type_t *params[np > 0 ? np : 1];
    for (int64_t i = 0; i < np; i++)
        if (!(params[i] = type_arg(rt_vec_get(types, i))))
            return RT_NOVALUE;
    const char *err;
    rt_ffi_closure_t *c = rt_ffi_closure_new(rt_ffi_type_func(ret, params, (size_t)np, false),
                                             run_callback, a[2], &err);
    return c ? rt_from_ptr(c) : rt_raise(RT_EXC_TYPE, "%s", err);
}

FN(f_callback_addr)
{
    (void)self, (void)n, (void)kw;
    if (!rt_is_ptr(a[0]) || pyvm_type_of(a[0]) != callback_cls)
        return rt_raise(RT_EXC_TYPE, "expected a callback");
    return rt_int_from_u64((uintptr_t)((rt_ffi_closure_t *)rt_ptr(a[0]))->code);
}

static const pyvm_cfunc_def_t functions[] = {
    {"_ffi_simple", f_simple, 1, 1, 0, 0},
    {"_ffi_struct", f_struct, 3, 3, 0, 0},
    {"_ffi_array", f_array, 2, 2, 0, 0},
    {"_ffi_size", f_size, 1, 1, 0, 0},
    {"_ffi_align", f_align, 1, 1, 0, 0},
    {"_ffi_alloc", f_alloc, 1, 1, 0, 0},
    {"_ffi_mem_addr", f_mem_addr, 1, 1, 0, 0},
    {"_ffi_read", f_read, 2, 2, 0, 0},
    {"_ffi_write", f_write, 3, 3, 0, 0},
    {"_ffi_string_at", f_string_at, 2, 2, 0, 0},
    {"_ffi_wstring_at", f_wstring_at, 2, 2, 0, 0},
    {"_ffi_write_bytes", f_write_bytes, 2, 2, 0, 0},
    {"_ffi_dlopen", f_dlopen, 2, 2, 0, 0},
    {"_ffi_dlsym", f_dlsym, 2, 2, 0, 0},
    {"_ffi_call", f_call, 7, 7, 0, 0},
    {"_ffi_callback", f_callback, 3, 3, 0, 0},
    {"_ffi_callback_addr", f_callback_addr, 1, 1, 0, 0},
    {"get_errno", f_get_errno, 0, 0, 0, 0},
    {"set_errno", f_set_errno, 1, 1, 0, 0},
    {NULL, NULL, 0, 0, 0, 0},
};

static void init_classes(void)
{
    static pyvm_class_t **const roots[] = {&ffitype_cls, &mem_cls, &callback_cls};
    for (size_t i = 0; i < sizeof roots / sizeof roots[0]; i++)
        gc_root_add(roots[i], 1);
    ffitype_type.py = &ffitype_slots;
    ffitype_cls = pyvm_type_new_builtin("_ffi_type", &ffitype_type, pyvm_cls_object);
    rt_ffi_mem_type.py = &mem_slots;
    mem_cls = pyvm_type_new_builtin("_ffi_memory", &rt_ffi_mem_type, pyvm_cls_object);
    rt_ffi_closure_type.py = &callback_slots;
    callback_cls = pyvm_type_new_builtin("_ffi_callback", &rt_ffi_closure_type, pyvm_cls_object);
}

rt_map_t *pyvm_mod_ctypes_dict(void)
{
    if (!ffitype_cls)
        init_classes();
    rt_map_t *d = pyvm_dict_new();
    pyvm_cfunc_install_dict(d, functions);
    pyvm_mod_put(d, "__name__", pyvm_str_cstr("_ctypes"));
    pyvm_mod_put(d, "_memmove_addr", rt_int_from_u64((uintptr_t)memmove));
    pyvm_mod_put(d, "_memset_addr", rt_int_from_u64((uintptr_t)memset));
    pyvm_mod_put(d, "RTLD_LOCAL", rt_small(RTLD_LOCAL));
    pyvm_mod_put(d, "RTLD_GLOBAL", rt_small(RTLD_GLOBAL));
    pyvm_code_t *code = pyvm_compile_source(pyvm_mod_ctypes_layer, strlen(pyvm_mod_ctypes_layer),
                                            rt_str_from_cstr("<_ctypes>"));
    if (!code || !pyvm_exec_code(code, d))
        return NULL;
    return d;
}

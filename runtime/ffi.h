/*
** ffi.h: the foreign-function core both front ends share (Python's _ctypes, PHP's FFI):
** C type descriptors with natural layout, libraries (dlopen/dlsym), calls through libffi's
** ffi_call, callbacks as libffi closures, and C memory blocks owned by the collector.
** Language semantics (conversions to Python or PHP values, error classes and messages) stay in
** pyvm/modules/mod_ctypes*.c and phpvm/ext/ffi/; this layer reports failures as C strings.
** Types, memory blocks and closures are heap objects (libffi's descriptions and owned C bytes
** included): reachable ones live, dead ones go with the collection; only libffi's closure
** memory is freed by a light finalizer.
*/
#ifndef PYHYP_RT_FFI_H
#define PYHYP_RT_FFI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "runtime/object.h"
#include "runtime/str.h"
#include "runtime/vec.h"

/* The kinds of C types; the scalar kinds run from RT_FFI_BOOL to RT_FFI_POINTER. */
#define RT_FFI_KINDS(X)                                                                            \
    X(VOID, "void") X(BOOL, "bool") X(CHAR, "char") X(INT8, "int8_t") X(UINT8, "uint8_t")          \
    X(INT16, "int16_t") X(UINT16, "uint16_t") X(INT32, "int32_t") X(UINT32, "uint32_t")            \
    X(INT64, "int64_t") X(UINT64, "uint64_t") X(FLOAT, "float") X(DOUBLE, "double")                \
    X(POINTER, NULL) X(STRUCT, NULL) X(ARRAY, NULL) X(FUNC, NULL)

typedef enum rt_ffi_kind {
#define RT_FFI_KIND_ENUM(k, name) RT_FFI_##k,
    RT_FFI_KINDS(RT_FFI_KIND_ENUM)
#undef RT_FFI_KIND_ENUM
    RT_FFI_NKINDS
} rt_ffi_kind_t;

enum {
    RT_FFI_T_UNION = 1u << 0,      /* a struct kind whose fields all start at offset 0 */
    RT_FFI_T_INCOMPLETE = 1u << 1, /* a declared struct whose fields are not known yet */
    RT_FFI_T_VARIADIC = 1u << 2,   /* a function type ending in ... */
    RT_FFI_T_CONST_TARGET = 1u << 3, /* a pointer declared to const data (const char *) */
};

typedef struct rt_ffi_type rt_ffi_type_t;

/* A struct or union member. */
typedef struct rt_ffi_field {
    rt_obj_t hdr;
    rt_str_t *name;
    rt_ffi_type_t *type;
    size_t offset;
} rt_ffi_field_t;

struct rt_ffi_type {
    rt_obj_t hdr;
    rt_ffi_kind_t kind;
    uint32_t flags;     /* RT_FFI_T_* */
    size_t size, align;
    rt_str_t *name;     /* C spelling: "int32_t", "char*", "struct point", "int32_t[4]" */
    rt_ffi_type_t *elem; /* pointer target, array element, function result */
    int64_t length;      /* array length */
    rt_vec_t *members;   /* struct: rt_ffi_field_t values; function: parameter types */
    rt_obj_t *ffi;       /* structs and arrays: a heap block holding libffi's ffi_type */
};

/* The type of each basic kind (VOID .. DOUBLE); made once and kept alive. Allocates at most
** once per kind. */
rt_ffi_type_t *rt_ffi_type_basic(rt_ffi_kind_t kind);
/* A pointer to elem (elem NULL: void*). May collect. */
rt_ffi_type_t *rt_ffi_type_pointer(rt_ffi_type_t *elem);
/* elem[length]; length -1 for an array of unknown size (C's `int x[]`). May collect. */
rt_ffi_type_t *rt_ffi_type_array(rt_ffi_type_t *elem, int64_t length);
/* An incomplete struct (or union) named `name` ("struct point", or NULL: anonymous) to fill
** with rt_ffi_struct_add then rt_ffi_struct_finish. May collect. */
rt_ffi_type_t *rt_ffi_type_struct(rt_str_t *name, bool is_union);
/* Appends a member. false when the name repeats or the member's type is incomplete or void
** (*err says which). May collect. */
bool rt_ffi_struct_add(rt_ffi_type_t *st, rt_str_t *name, rt_ffi_type_t *type, const char **err);
/* Lays the members out with natural alignment and padding (an explicit `pack` > 0 caps each
** member's alignment, as #pragma pack and ctypes' _pack_ do) and makes the type complete. */
void rt_ffi_struct_finish(rt_ffi_type_t *st, size_t pack);
/* The member called name, or NULL. */
rt_ffi_field_t *rt_ffi_struct_field(const rt_ffi_type_t *st, const char *name, size_t len);
/* A function type: result ret, parameters params[0, n). May collect. */
rt_ffi_type_t *rt_ffi_type_func(rt_ffi_type_t *ret, rt_ffi_type_t *const *params, size_t n,
                                bool variadic);

static inline bool rt_ffi_is_int(const rt_ffi_type_t *t)
{
    return t->kind >= RT_FFI_BOOL && t->kind <= RT_FFI_UINT64;
}
static inline bool rt_ffi_is_float(const rt_ffi_type_t *t)
{
    return t->kind == RT_FFI_FLOAT || t->kind == RT_FFI_DOUBLE;
}
bool rt_ffi_is_unsigned(const rt_ffi_type_t *t);

/* ---- Scalars in C memory ---- */

/* The integer at p of integer type t (sign- or zero-extended; bool 0/1). */
int64_t rt_ffi_read_int(const rt_ffi_type_t *t, const void *p);
/* Stores v at p truncated to integer type t (bool: v != 0). */
void rt_ffi_write_int(const rt_ffi_type_t *t, void *p, int64_t v);
double rt_ffi_read_float(const rt_ffi_type_t *t, const void *p);
void rt_ffi_write_float(const rt_ffi_type_t *t, void *p, double v);
static inline void *rt_ffi_read_ptr(const void *p)
{
    void *q;
    __builtin_memcpy(&q, p, sizeof q);
    return q;
}
static inline void rt_ffi_write_ptr(void *p, const void *q) { __builtin_memcpy(p, &q, sizeof q); }

/* ---- Memory blocks ---- */

/* C memory of `size` bytes. An owned block holds its bytes itself (16-byte aligned, in the
** collector's heap, which never moves them): they live as long as the block is reachable, or
** until rt_ffi_mem_free. A borrowed one (rt_ffi_mem_wrap) only points at memory someone else
** owns. `keep` holds what the memory depends on (the block a view points into, strings stored
** as char*...). */
typedef struct rt_ffi_mem {
    rt_obj_t hdr;
    uint8_t *ptr;
    size_t size;
    bool owned;
    rt_value_t keep; /* 0 or a value kept alive with the block */
} rt_ffi_mem_t;

/* The descriptors of memory blocks and closures; front ends install their language slots. */
extern rt_type_t rt_ffi_mem_type, rt_ffi_closure_type;

/* A zeroed owned block (size 0 allowed). May collect. */
rt_ffi_mem_t *rt_ffi_mem_new(size_t size);
/* A borrowed block over p; `keep` (0: none) is kept alive with it. May collect. */
rt_ffi_mem_t *rt_ffi_mem_wrap(void *p, size_t size, rt_value_t keep);
/* Ends an owned block's life now (PHP's FFI::free): later accesses see a NULL pointer; the
** bytes go with the block. false if it was not owned or already freed. */
bool rt_ffi_mem_free(rt_ffi_mem_t *m);
/* Adds v to what m keeps alive (a chain of vectors once there are several). May collect. */
void rt_ffi_mem_keep(rt_ffi_mem_t *m, rt_value_t v);

/* ---- Libraries and calls ---- */

/* dlopen(name) (NULL: the program itself, libc included); NULL with *err set to dlerror()'s
** message. Handles are never closed: function pointers may outlive any wrapper object. */
void *rt_ffi_dlopen(const char *name, int mode, const char **err);
/* dlsym(handle, sym), or NULL with *err set. */
void *rt_ffi_dlsym(void *handle, const char *sym, const char **err);

/* Calls fn with the result type ret and argument types args[0, nargs), of which the first
** nfixed are the fixed parameters (nfixed == nargs unless the function is variadic); values[i]
** points at each argument's C value. The result goes to `result` (ret->size bytes, nothing for
** void; integers narrower than a word come back narrowed). false with *err set when libffi
** rejects the signature (a struct result of an incomplete type...). Never allocates on the heap. */
bool rt_ffi_call(void *fn, rt_ffi_type_t *ret, rt_ffi_type_t *const *args, size_t nargs,
                 size_t nfixed, void **values, void *result, const char **err);

/* ---- Callbacks ---- */

typedef struct rt_ffi_closure rt_ffi_closure_t;
/* Runs a callback: args[i] points at each C argument, result at ret->size bytes to fill
** (integers: store the full value with rt_ffi_write_int, the core widens it for libffi). */
typedef void (*rt_ffi_callback_fn)(rt_ffi_closure_t *c, void *result, void **args);

struct rt_ffi_closure {
    rt_obj_t hdr;
    rt_ffi_type_t *sig;      /* a function type */
    rt_value_t target;       /* the front end's callable, kept alive with the closure */
    rt_ffi_callback_fn fn;
    void *code;              /* the C function pointer; valid while the closure lives */
    void *closure;           /* libffi's writable closure (freed at death) */
    rt_obj_t *cif;           /* a heap block holding libffi's call interface */
};

/* A C function pointer of function type sig that calls fn(closure, ...). The pointer is valid
** only while the closure object is reachable: front ends keep it with whatever received the
** pointer. NULL with *err set on failure. May collect. */
rt_ffi_closure_t *rt_ffi_closure_new(rt_ffi_type_t *sig, rt_ffi_callback_fn fn, rt_value_t target,
                                     const char **err);

#endif

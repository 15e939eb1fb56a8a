/*
** ffi.h: what the files of ext/ffi share (internal to phpvm/ext/ffi): PHP 8's FFI on the
** runtime's foreign-function core (runtime/ffi.h). An FFI scope (what FFI::cdef returns) holds
** the declarations a C header gave and the library they resolve in; FFI\CData values are typed
** views of C memory; FFI\CType values wrap a type. All three are runtime objects whose foreign
** PHP slot tables (phpvm/foreign.c) give property, dimension, method and call behaviour, so PHP
** code uses them like objects of the classes FFI, FFI\CData and FFI\CType.
** Files: cdecl.c parses C declarations, cdata.c is FFI\CData (conversions, access, var_dump),
** ffi.c the FFI class (cdef, new, cast, string, sizeof...), scopes, calls and the extension.
*/
#ifndef PHPVM_EXT_FFI_H
#define PHPVM_EXT_FFI_H

#include "phpvm/interp.h"
#include "runtime/ffi.h"

/* The declarations of one FFI::cdef: struct/union/enum tags ("struct point"), typedef names,
** functions and variables (name -> cfunc value), enum constants (name -> int); lib is the
** dlopen handle they resolve in. */
typedef struct ffi_scope {
    rt_obj_t hdr;
    uint64_t id;       /* var_dump's #N */
    phpvm_array_t *tags, *typedefs, *funcs, *consts;
    void *lib;
} ffi_scope_t;

/* A C function of a scope: its function type and address. Callable from PHP. */
typedef struct ffi_cfunc {
    rt_obj_t hdr;
    rt_str_t *name;
    rt_ffi_type_t *sig;
    void *addr;
} ffi_cfunc_t;

/* An FFI\CData: `type` at ptr. mem owns or keeps alive the memory ptr points into (NULL:
** memory nobody here owns, reached through a C pointer). */
typedef struct ffi_cdata {
    rt_obj_t hdr;
    uint64_t id;
    rt_ffi_type_t *type;
    rt_ffi_mem_t *mem;
    uint8_t *ptr;
} ffi_cdata_t;

/* An FFI\CType. */
typedef struct ffi_ctype {
    rt_obj_t hdr;
    uint64_t id;
    rt_ffi_type_t *type;
} ffi_ctype_t;

extern rt_type_t phpvm_ffi_scope_type, phpvm_ffi_cdata_type, phpvm_ffi_ctype_type,
    phpvm_ffi_cfunc_type;
extern phpvm_class_t *phpvm_ffi_class, *phpvm_ffi_cdata_class, *phpvm_ffi_ctype_class;

static inline bool phpvm_ffi_is_cdata(rt_value_t v)
{
    return rt_is_ptr(v) && rt_obj_type(rt_ptr(v)) == &phpvm_ffi_cdata_type;
}

/* ---- cdecl.c ---- */

/* Parses C declarations (typedefs, struct/union/enum definitions, function prototypes) into
** scope s. false with FFI\ParserException pending. May collect. */
bool phpvm_ffi_parse_decls(ffi_scope_t *s, const char *src, size_t len);
/* Parses a type name ("int[4]", "struct point*", "myint") against scope s (NULL: builtin types
** and inline struct definitions only). NULL with FFI\ParserException pending. May collect. */
rt_ffi_type_t *phpvm_ffi_parse_type(ffi_scope_t *s, const char *src, size_t len);

/* ---- cdata.c ---- */

/* A CData of `type` over ptr inside mem (NULL: not owned here). May collect. */
ffi_cdata_t *phpvm_ffi_cdata_view(rt_ffi_type_t *type, rt_ffi_mem_t *mem, void *ptr);
/* A CData of `type` with fresh zeroed memory it owns. NULL with FFI\Exception pending when
** the type is incomplete or void. May collect. */
ffi_cdata_t *phpvm_ffi_cdata_new(rt_ffi_type_t *type);
/* The PHP value of the C value at p: ints, floats, bools and chars (a 1-byte string) convert;
** pointers, structs and arrays become CData (a view into mem for aggregates, a copy of the
** pointer for pointers). May collect. */
rt_value_t phpvm_ffi_to_php(rt_ffi_type_t *t, rt_ffi_mem_t *mem, void *p);
/* Stores PHP value v as a C value of type t at p: scalars convert as PHP's casts do, a CData
** of the same type is copied, an array CData decays to a pointer, null is a NULL pointer.
** false with FFI\Exception pending for other values. May collect. */
bool phpvm_ffi_from_php(rt_ffi_type_t *t, void *p, rt_value_t v);
/* The CData behind v or NULL. */
static inline ffi_cdata_t *phpvm_ffi_cdata_of(rt_value_t v)
{
    v = phpvm_deref(v);
    return phpvm_ffi_is_cdata(v) ? (ffi_cdata_t *)rt_ptr(v) : NULL;
}
/* Installs the PHP slot tables of CData and CType. */
void phpvm_ffi_cdata_init(void);

#endif

/*
** modules.h: pyvm's native modules (pyvm/modules/, ARCHITECTURE.md section 4), internal to pyvm/.
** Each mod_<name>.c builds the namespace of one module that CPython implements in C, so that
** Debian's pure-Python standard library (/usr/lib/python3.11) imports unmodified on top of them.
** module.c builds a module from this table on its first import and caches it in sys.modules.
*/
#ifndef PYHYP_PYVM_MODULES_H
#define PYHYP_PYVM_MODULES_H

#include "pyvm/code.h"

/* X(python_name, c_name): the module `python_name` is made by pyvm_mod_<c_name>_dict(), which
** returns its fresh namespace (a dict with str keys). May collect. */
#define PYVM_NATIVE_MODULES(X)                                                                     \
    X(builtins, builtins) X(sys, sys) X(math, math) X(time, time) X(_weakref, weakref) \
    X(itertools, itertools) X(_thread, thread) \
    X(_collections, collections) X(posix, posix) \
    X(_sre, sre) X(_codecs, codecs) X(_string, string) \
    X(_io, io) X(errno, errno) X(_ast, ast) \
    X(atexit, atexit) X(_struct, struct) X(binascii, binascii) \
    X(_contextvars, contextvars) X(_random, random) X(_sha512, sha512) \
    X(_imp, imp) X(_warnings, warnings) X(marshal, marshal) X(_signal, signal) \
    X(_hashlib, hashlib) X(_blake2, blake2) X(gc, gc) X(_csv, csv) X(_ctypes, ctypes) \
    X(zlib, zlib) X(_operator, operator) X(_heapq, heapq) X(_bisect, bisect) \
    X(_json, json) X(_posixsubprocess, posixsubprocess) X(select, select) \
    X(_socket, socket) X(array, array) \
    X(unicodedata, unicodedata) \
    X(cmath, cmath) \
    X(_stat, stat) \
    X(_functools, functools) \
    X(_abc, abc) \
    X(_md5, md5) X(_sha1, sha1) X(_sha256, sha256) X(_sha3, sha3)

#define PYVM_MOD_DECL(py, c) rt_map_t *pyvm_mod_##c##_dict(void);
PYVM_NATIVE_MODULES(PYVM_MOD_DECL)
#undef PYVM_MOD_DECL

/* Sets name = value in a module namespace being built (name a C string, interned). */
static inline void pyvm_mod_put(rt_map_t *d, const char *name, rt_value_t v)
{
    rt_map_set_str(d, rt_str_intern_cstr(name), v);
}

/* Adds each function of defs (a table ended by a NULL name, each taking the instance as its
** one argument) to cls as a read-only property of that name. May collect. */
static inline void pyvm_mod_properties(pyvm_class_t *cls, const pyvm_cfunc_def_t *defs)
{
    for (; defs->name; defs++)
        pyvm_type_setattr(cls, rt_str_intern_cstr(defs->name),
                          pyvm_property_new(pyvm_cfunc_new(defs, 0)));
}

/* keep.c: native memory (malloc'd, or a C library's context) owned by a module's object and freed
** by its finalizer is kept listed from here while alive, so LeakSanitizer sees it reachable when
** the program ends first. pyvm_mod_keep is false when out of memory (p is not listed then). */
bool pyvm_mod_keep(void *p);
void pyvm_mod_release(void *p);

/* _codecs.lookup(name): the registry's CodecInfo for an encoding name (a str), found by the
** search functions (the encodings package, imported on first use) and cached; LookupError pending
** for an unknown one. May run Python code. */
rt_value_t pyvm_mod_codecs_lookup(rt_value_t name);

/* os.fspath(v) (mod_posix.c): v if a str or bytes, else what v.__fspath__() gives (TypeError
** unless a str or bytes). May run Python code. */
rt_value_t pyvm_mod_posix_fspath(rt_value_t v);
/* Adds the process and descriptor calls of mod_subprocess.c (waitpid, fork, execv,
** set_inheritable...) to posix's namespace being built. May collect. */
void pyvm_mod_subprocess_posix_install(rt_map_t *posix);

/* The file descriptor of an int or of an object with fileno() (mod_select.c), as CPython's
** PyObject_AsFileDescriptor; -1 with TypeError / ValueError pending. May run Python code. */
int pyvm_mod_select_fileno(rt_value_t v);

/* zlib.crc32(data[, value]) (mod_zlib.c), which binascii.crc32 is too. */
rt_value_t pyvm_mod_zlib_crc32(const rt_value_t *args, size_t nargs);

/* A hash object of OpenSSL's digest `name` (a Python or OpenSSL name) fed with data (bytes-like,
** or 0 / None for none): mod_hashlib.c's HASH, shared with _blake2. */
rt_value_t pyvm_mod_hashlib_new(const char *name, rt_value_t data);

/* A struct sequence type (structseq.c): a tuple of the first nvisible fields that also has every
** field as an attribute; described by a static descriptor whose class is made on first use. */
typedef struct pyvm_structseq {
    const char *module, *name;
    const char *const *fields;
    int nfields, nvisible;
    pyvm_class_t *cls; /* made by pyvm_structseq_class, then rooted */
} pyvm_structseq_t;

/* The class (a tuple subclass named module.name). May collect; NULL with an error pending. */
pyvm_class_t *pyvm_structseq_class(pyvm_structseq_t *d);
/* An instance holding vals[0, nfields). May collect. */
rt_value_t pyvm_structseq_new(pyvm_structseq_t *d, const rt_value_t *vals);

#endif

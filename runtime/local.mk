## runtime/local.mk: the shared object model, runtime/libruntime.a (links after gc/libgc.a's users).
## Sources are grouped by area; each group is one job (numbers, strings, maps, ...).

noinst_LIBRARIES += runtime/libruntime.a
runtime_libruntime_a_CFLAGS = $(AM_CFLAGS) $(GMP_CFLAGS) $(LIBFFI_CFLAGS)
runtime_libruntime_a_SOURCES = runtime/rt.h runtime/value.h runtime/object.h \
    $(runtime_numbers_sources) $(runtime_strings_sources) $(runtime_maps_sources) \
    $(runtime_log_sources) $(runtime_arena_sources) $(runtime_exec_sources) \
    $(runtime_ffi_sources)
RUNTIME_LIBS = runtime/libruntime.a gc/libgc.a $(GMP_LIBS) $(LIBFFI_LIBS) -lm

## numbers: small ints, bignums (GMP), floats and their repr, conversions, singletons
runtime_numbers_sources = runtime/singletons.h runtime/singletons.c runtime/int.h runtime/int.c \
    runtime/bigint.h runtime/bigint.c runtime/phpint.h runtime/phpint.c runtime/float.h \
    runtime/float.c runtime/numhash.h runtime/numfmt.h runtime/numfmt.c runtime/numparse.h \
    runtime/numparse.c

## strings: the string object, UTF-8, hashing, interning, building
runtime_strings_sources = runtime/str.h runtime/str.c runtime/utf8.c runtime/hash.c \
    runtime/strindex.c runtime/intern.c runtime/strbuf.c

## arena: bump allocation for compilers
runtime_arena_sources = runtime/arena.h runtime/arena.c

## log: PYHYPLOG sections
runtime_log_sources = runtime/log.h runtime/log.c

## maps: the ordered hash map, vectors, tuples
runtime_maps_sources = runtime/map.h runtime/map.c runtime/vec.h runtime/vec.c \
    runtime/tuple.h runtime/tuple.c

## exec: the execution model both VMs and the JIT share: code objects, the frame stack, the
## thread state, exceptions and tracebacks, shapes, version counters
runtime_exec_sources = runtime/code.h runtime/code.c runtime/thread.h runtime/thread.c \
    runtime/gil.h runtime/gil.c \
    runtime/frame.h runtime/frame.c runtime/exc.h runtime/exc.c runtime/shape.h runtime/shape.c \
    runtime/version.h runtime/version.c \
    runtime/coro.h runtime/coro.c

## ffi: C types, libraries, calls and callbacks on libffi, GC-owned C memory (Python's _ctypes
## and PHP's FFI stand on it)
runtime_ffi_sources = runtime/ffi.h runtime/ffi.c

## gc/local.mk: the shared garbage collector, gc/libgc.a (ARCHITECTURE.md section 3).
## The bottom layer: it includes nothing from the other directories; everything links it.

noinst_LIBRARIES += gc/libgc.a
gc_libgc_a_SOURCES = gc/gc.h gc/gc_inline.h gc/gc_internal.h \
    gc/heap.c gc/alloc.c gc/large.c gc/roots.c gc/mark.c gc/sweep.c gc/finalize.c \
    gc/policy.c gc/stats.c \
    gc/thread.c \
    gc/cstack.c

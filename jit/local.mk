## jit/local.mk: the language-independent meta-tracing JIT, jit/libjit.a (ARCHITECTURE.md
## section 5, JIT.md). Includes runtime/ and gc/ only; links before runtime/libruntime.a.

noinst_LIBRARIES += jit/libjit.a
jit_libjit_a_SOURCES = jit/jit.h jit/ir.def jit/ir.h jit/trace.h jit/helpers.def \
    jit/jvocab.h jit/jvocab_interp.h jit/jvocab_record.h jit/jvocab_float.h \
    jit/ir.c jit/fold.c jit/opt_guard.c jit/opt_mem.c jit/opt_loop.c jit/opt_dce.c jit/opt_sink.c \
    jit/snap.c jit/record.c jit/lang.c jit/exit.c jit/irinterp.c jit/trace.c jit/helpers.c
JIT_LIBS = jit/libjit.a $(RUNTIME_LIBS)

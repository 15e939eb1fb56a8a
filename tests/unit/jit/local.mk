## tests/unit/jit/local.mk: the CUnit program for jit/, with the test-only bytecode VM
## (testvm*: scaffolding that proves the JIT core end to end before pyvm/ and phpvm/ exist).

check_PROGRAMS += tests/unit/jit/test-jit
UNIT_TESTS += tests/unit/jit/test-jit
tests_unit_jit_test_jit_CFLAGS = $(AM_CFLAGS) $(CUNIT_CFLAGS) $(GMP_CFLAGS)
tests_unit_jit_test_jit_LDADD = tests/unit/libunit.a $(JIT_LIBS) $(CUNIT_LIBS)
tests_unit_jit_test_jit_SOURCES = tests/unit/jit/testvm.h tests/unit/jit/testvm_helpers.def \
    tests/unit/jit/testvm_handlers.inc tests/unit/jit/testvm.c tests/unit/jit/testvm_interp.c \
    tests/unit/jit/testvm_record.c tests/unit/jit/test_ir.c tests/unit/jit/test_trace.c

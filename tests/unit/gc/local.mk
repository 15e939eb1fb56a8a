## tests/unit/gc/local.mk: the CUnit program for gc/, one suite per test file.

check_PROGRAMS += tests/unit/gc/test-gc
UNIT_TESTS += tests/unit/gc/test-gc
tests_unit_gc_test_gc_CFLAGS = $(AM_CFLAGS) $(CUNIT_CFLAGS)
tests_unit_gc_test_gc_LDADD = tests/unit/libunit.a gc/libgc.a $(CUNIT_LIBS)
tests_unit_gc_test_gc_SOURCES = tests/unit/gc/gc_test.h tests/unit/gc/gc_test.c \
    tests/unit/gc/test_alloc.c tests/unit/gc/test_collect.c tests/unit/gc/test_finalize.c \
    tests/unit/gc/test_limits.c \
    tests/unit/gc/test_mark.c \
    tests/unit/gc/test_policy.c

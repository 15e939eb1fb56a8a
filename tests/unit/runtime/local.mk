## tests/unit/runtime/local.mk: the CUnit program for runtime/, one suite per source file.

check_PROGRAMS += tests/unit/runtime/test-runtime
UNIT_TESTS += tests/unit/runtime/test-runtime
tests_unit_runtime_test_runtime_CFLAGS = $(AM_CFLAGS) $(CUNIT_CFLAGS) $(GMP_CFLAGS)
tests_unit_runtime_test_runtime_LDADD = tests/unit/libunit.a $(RUNTIME_LIBS) $(CUNIT_LIBS)
tests_unit_runtime_test_runtime_SOURCES = \
    $(test_runtime_numbers_sources) $(test_runtime_strings_sources) $(test_runtime_maps_sources) \
    $(test_runtime_log_sources) $(test_runtime_arena_sources)

test_runtime_numbers_sources =
test_runtime_strings_sources =
test_runtime_arena_sources = tests/unit/runtime/test_arena.c
test_runtime_log_sources = tests/unit/runtime/test_log.c
test_runtime_maps_sources =

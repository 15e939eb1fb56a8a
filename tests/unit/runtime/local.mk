## tests/unit/runtime/local.mk: the CUnit program for runtime/, one suite per source file.

check_PROGRAMS += tests/unit/runtime/test-runtime
UNIT_TESTS += tests/unit/runtime/test-runtime
tests_unit_runtime_test_runtime_CFLAGS = $(AM_CFLAGS) $(CUNIT_CFLAGS) $(GMP_CFLAGS)
tests_unit_runtime_test_runtime_LDADD = tests/unit/libunit.a $(RUNTIME_LIBS) $(CUNIT_LIBS)
tests_unit_runtime_test_runtime_SOURCES = \
    $(test_runtime_numbers_sources) $(test_runtime_strings_sources) $(test_runtime_maps_sources) \
    $(test_runtime_log_sources) $(test_runtime_arena_sources) $(test_runtime_exec_sources)

test_runtime_numbers_sources = tests/unit/runtime/numtest.h tests/unit/runtime/test_bigint.c \
    tests/unit/runtime/test_int.c tests/unit/runtime/test_phpint.c tests/unit/runtime/test_float.c \
    tests/unit/runtime/test_numfmt.c tests/unit/runtime/test_numparse.c \
    tests/unit/runtime/test_singletons.c tests/unit/runtime/data/int_cases.h \
    tests/unit/runtime/data/float_cases.h tests/unit/runtime/data/float_hash_cases.h \
    tests/unit/runtime/data/parse_cases.h tests/unit/runtime/data/phpint_cases.h
test_runtime_strings_sources = tests/unit/runtime/strtest.h tests/unit/runtime/test_str.c \
    tests/unit/runtime/test_utf8.c tests/unit/runtime/test_hash.c \
    tests/unit/runtime/test_strindex.c tests/unit/runtime/test_intern.c \
    tests/unit/runtime/test_strbuf.c
test_runtime_arena_sources = tests/unit/runtime/test_arena.c
test_runtime_log_sources = tests/unit/runtime/test_log.c
test_runtime_maps_sources = tests/unit/runtime/test_map.c tests/unit/runtime/test_vec.c \
    tests/unit/runtime/test_tuple.c
test_runtime_exec_sources = tests/unit/runtime/exectest.h tests/unit/runtime/test_code.c \
    tests/unit/runtime/test_frame.c tests/unit/runtime/test_exc.c \
    tests/unit/runtime/test_shape.c tests/unit/runtime/test_ffi.c \
    tests/unit/runtime/test_gil.c \
    tests/unit/runtime/test_coro.c

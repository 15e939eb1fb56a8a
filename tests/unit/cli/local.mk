## tests/unit/cli/local.mk: the CUnit program for cli/.

check_PROGRAMS += tests/unit/cli/test-cli
UNIT_TESTS += tests/unit/cli/test-cli
tests_unit_cli_test_cli_CFLAGS = $(AM_CFLAGS) $(CUNIT_CFLAGS)
tests_unit_cli_test_cli_LDADD = tests/unit/libunit.a $(CUNIT_LIBS)
tests_unit_cli_test_cli_SOURCES = tests/unit/cli/test_options.c cli/options.c

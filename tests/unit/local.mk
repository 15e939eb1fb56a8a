## tests/unit/local.mk: the CUnit harness every per-directory test program links
## (tests/unit/<dir>/local.mk declares that program and adds it to UNIT_TESTS).

check_LIBRARIES += tests/unit/libunit.a
tests_unit_libunit_a_SOURCES = tests/unit/harness.c tests/unit/unit.h
tests_unit_libunit_a_CFLAGS = $(AM_CFLAGS) $(CUNIT_CFLAGS)

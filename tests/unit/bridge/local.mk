## tests/unit/bridge/local.mk: the CUnit program for bridge/ (value crossing on both VMs, deep C
## re-entry of either VM, loops calling across the boundary under the JIT).

check_PROGRAMS += tests/unit/bridge/test-bridge
UNIT_TESTS += tests/unit/bridge/test-bridge
tests_unit_bridge_test_bridge_CFLAGS = $(AM_CFLAGS) $(CUNIT_CFLAGS) $(GMP_CFLAGS)
tests_unit_bridge_test_bridge_LDADD = tests/unit/libunit.a bridge/libbridge.a $(PHPVM_LIBS) \
    $(PYVM_LIBS) $(RUNTIME_LIBS) $(CUNIT_LIBS)
tests_unit_bridge_test_bridge_SOURCES = tests/unit/bridge/test_adapt.c tests/unit/bridge/test_reentry.c \
    tests/unit/bridge/test_jit.c

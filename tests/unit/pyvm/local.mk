## tests/unit/pyvm/local.mk: the CUnit program for pyvm/ (tokenizer suite; the parser corpora
## parse/ and bad/, recorded from CPython 3.11 by tools/record-pyast) and pyast-dump, which
## tools/check-pyparse compares with python3 over a whole tree (e.g. the standard library).

check_PROGRAMS += tests/unit/pyvm/test-pyvm tests/unit/pyvm/pyast-dump
UNIT_TESTS += tests/unit/pyvm/test-pyvm
tests_unit_pyvm_test_pyvm_CFLAGS = $(AM_CFLAGS) $(CUNIT_CFLAGS) \
    -DPYVM_TEST_DIR='"$(abs_srcdir)/tests/unit/pyvm"'
tests_unit_pyvm_test_pyvm_LDADD = tests/unit/libunit.a $(PYVM_LIBS) $(RUNTIME_LIBS) $(CUNIT_LIBS)
tests_unit_pyvm_test_pyvm_SOURCES = tests/unit/pyvm/test_tokenizer.c \
    tests/unit/pyvm/test_corpus.c tests/unit/pyvm/test_jit.c
tests_unit_pyvm_pyast_dump_LDADD = $(PYVM_LIBS) $(RUNTIME_LIBS)
tests_unit_pyvm_pyast_dump_SOURCES = tests/unit/pyvm/pyast_dump.c

EXTRA_DIST += tools/record-pyast tools/check-pyparse tests/unit/pyvm/parse tests/unit/pyvm/bad \
    tests/fuzz/pyparse_fuzz.c tests/fuzz/README.md tests/fuzz/python.dict

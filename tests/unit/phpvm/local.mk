## tests/unit/phpvm/local.mk: the CUnit program for phpvm/ (one suite per source area), and the
## dump programs the corpus checkers (tools/check-phplex, tools/check-phpparse) compare with PHP.

check_PROGRAMS += tests/unit/phpvm/test-phpvm tests/unit/phpvm/phplex-dump \
    tests/unit/phpvm/phpast-dump
UNIT_TESTS += tests/unit/phpvm/test-phpvm
tests_unit_phpvm_test_phpvm_CFLAGS = $(AM_CFLAGS) $(CUNIT_CFLAGS) \
    -DPHPVM_PARSE_CORPUS='"$(abs_top_srcdir)/tests/unit/phpvm/parse"'
tests_unit_phpvm_test_phpvm_LDADD = tests/unit/libunit.a $(PHPVM_FRONTEND_LIBS) $(CUNIT_LIBS)
tests_unit_phpvm_test_phpvm_SOURCES = tests/unit/phpvm/test_lexer.c tests/unit/phpvm/test_parser.c \
    tests/unit/phpvm/test_corpus.c

tests_unit_phpvm_phplex_dump_SOURCES = tests/unit/phpvm/phplex_dump.c
tests_unit_phpvm_phplex_dump_LDADD = $(PHPVM_FRONTEND_LIBS)
tests_unit_phpvm_phpast_dump_SOURCES = tests/unit/phpvm/phpast_dump.c
tests_unit_phpvm_phpast_dump_LDADD = $(PHPVM_FRONTEND_LIBS)

EXTRA_DIST += tests/unit/phpvm/parse

## tests/unit/cgi/local.mk: the CUnit program for cgi/ (expectations recorded from php-cgi by
## tools/record-cgi into tests/unit/cgi/requests.expect).

check_PROGRAMS += tests/unit/cgi/test-cgi
UNIT_TESTS += tests/unit/cgi/test-cgi
tests_unit_cgi_test_cgi_CFLAGS = $(AM_CFLAGS) $(CUNIT_CFLAGS) \
    -DCGI_TESTS_DIR=\"$(abs_srcdir)/tests/unit/cgi\"
tests_unit_cgi_test_cgi_LDADD = cgi/libcgi.a tests/unit/libunit.a $(CUNIT_LIBS) $(FCGI_LIBS)
tests_unit_cgi_test_cgi_SOURCES = tests/unit/cgi/test_requests.c tests/unit/cgi/test_units.c \
    tests/unit/cgi/dump.c tests/unit/cgi/dump.h
EXTRA_DIST += tests/unit/cgi/requests.txt tests/unit/cgi/requests.expect tools/record-cgi

## The echo FastCGI program tests/cgi/lighttpd.sh runs behind lighttpd.
check_PROGRAMS += tests/cgi/fcgi-echo
tests_cgi_fcgi_echo_SOURCES = tests/cgi/fcgi_echo.c tests/unit/cgi/dump.c tests/unit/cgi/dump.h
tests_cgi_fcgi_echo_LDADD = cgi/libcgi.a $(FCGI_LIBS)
EXTRA_DIST += tests/cgi/lighttpd.sh

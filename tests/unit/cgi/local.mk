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
EXTRA_DIST += tests/cgi/lighttpd.sh tests/cgi/python.sh

## PHP scripts behind lighttpd through hippy-c-cgi and pyhyp --fastcgi, against php-cgi's
## responses recorded by tools/record-web (tests/cgi/web.sh, run by tools/run-tests).
EXTRA_DIST += tests/cgi/web.sh tests/cgi/web.expect tools/record-web tests/cgi/web/cases.txt \
    tests/cgi/web/index.php tests/cgi/web/headers.php tests/cgi/web/ob.php tests/cgi/web/upload.php \
    tests/cgi/web/fatal.php tests/cgi/web/throw.php tests/cgi/web/parse.php tests/cgi/web/exit.php \
    tests/cgi/web/warn.php tests/cgi/web/state.php tests/cgi/web/loop.php tests/cgi/web/big.php tests/cgi/web/mem.php tests/cgi/web/env.php tests/cgi/web/php.ini tests/cgi/web/shutdown.php tests/cgi/web/up.jpg tests/cgi/web/upload.txt

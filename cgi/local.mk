## cgi/local.mk: the web front ends (ARCHITECTURE.md section 7): the request layer libcgi.a
## (query, cookie, multipart, post, env, response, fastcgi; independent of phpvm), the PHP runner
## libcgiphp.a (php.c, which joins it to phpvm), and hippy-c-cgi.

noinst_LIBRARIES += cgi/libcgi.a cgi/libcgiphp.a
cgi_libcgi_a_SOURCES = cgi/cgi.h cgi/config.c cgi/query.c cgi/cookie.c cgi/multipart.c cgi/post.c \
    cgi/env.c cgi/response.c cgi/fastcgi.c
cgi_libcgi_a_CFLAGS = $(AM_CFLAGS) $(FCGI_CFLAGS)
cgi_libcgiphp_a_SOURCES = cgi/php.c
cgi_libcgiphp_a_CFLAGS = $(AM_CFLAGS) $(GMP_CFLAGS)
CGI_PHP_LIBS = cgi/libcgiphp.a cgi/libcgi.a bridge/libbridge.a $(PHPVM_LIBS) $(PYVM_LIBS) \
    $(RUNTIME_LIBS) $(FCGI_LIBS)

bin_PROGRAMS += hippy-c-cgi
hippy_c_cgi_SOURCES = cgi/hippy_c_cgi.c
hippy_c_cgi_LDADD = $(CGI_PHP_LIBS)

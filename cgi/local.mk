## cgi/local.mk: the web front ends (ARCHITECTURE.md section 7): the request layer libcgi.a
## (query, cookie, multipart, post, env, response, fastcgi; independent of phpvm) and hippy-c-cgi.

noinst_LIBRARIES += cgi/libcgi.a
cgi_libcgi_a_SOURCES = cgi/cgi.h cgi/config.c cgi/query.c cgi/cookie.c cgi/multipart.c cgi/post.c \
    cgi/env.c cgi/response.c cgi/fastcgi.c
cgi_libcgi_a_CFLAGS = $(AM_CFLAGS) $(FCGI_CFLAGS)

bin_PROGRAMS += hippy-c-cgi
hippy_c_cgi_SOURCES = cgi/hippy_c_cgi.c

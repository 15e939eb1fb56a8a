## cgi/local.mk: the web front ends: hippy-c-cgi (CGI/1.1), later FastCGI.

bin_PROGRAMS += hippy-c-cgi
hippy_c_cgi_SOURCES = cgi/hippy_c_cgi.c

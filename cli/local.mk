## cli/local.mk: the `pyhyp` command.

bin_PROGRAMS += pyhyp
pyhyp_SOURCES = cli/main.c cli/options.c cli/run.c cli/cli.h
pyhyp_LDADD = bridge/libbridge.a cgi/libcgiphp.a cgi/libcgi.a $(PHPVM_LIBS) $(PYVM_LIBS) \
    $(RUNTIME_LIBS) $(FCGI_LIBS)
pyhyp_CFLAGS = $(AM_CFLAGS) $(GMP_CFLAGS)

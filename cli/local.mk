## cli/local.mk: the `pyhyp` command.

bin_PROGRAMS += pyhyp
pyhyp_SOURCES = cli/main.c cli/options.c cli/run.c cli/cli.h
pyhyp_LDADD = cgi/libcgiphp.a cgi/libcgi.a phpvm/libphpvm.a $(PYVM_LIBS) $(RUNTIME_LIBS) \
    $(FCGI_LIBS)
pyhyp_CFLAGS = $(AM_CFLAGS) $(GMP_CFLAGS)

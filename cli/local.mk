## cli/local.mk: the `pyhyp` command.

bin_PROGRAMS += pyhyp
pyhyp_SOURCES = cli/main.c cli/options.c cli/run.c cli/cli.h

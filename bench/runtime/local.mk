## bench/runtime/local.mk: `make bench-runtime`: runtime/'s ordered hash map against CPython's dict
## and PHP's array: insert, lookup and delete of 1M int and string keys (bench/runtime/run says
## which), each implementation in its own process; prints a table of medians and ratios. Not part of
## `make check`, which only builds bench-map (a check program, as bench/gc's, so it keeps compiling).
## BENCHFLAGS passes options to the runner, e.g. BENCHFLAGS="-n 100000 -r 5 -k int".

check_PROGRAMS += bench/runtime/bench-map
bench_runtime_bench_map_SOURCES = bench/runtime/map.c
bench_runtime_bench_map_LDADD = $(RUNTIME_LIBS)
EXTRA_DIST += bench/runtime/run bench/runtime/map.py bench/runtime/map.php

bench-runtime: bench/runtime/bench-map$(EXEEXT)
	$(AM_V_at)$(PYTHON3) $(srcdir)/bench/runtime/run --bin=bench/runtime/bench-map$(EXEEXT) \
	    --srcdir=$(srcdir)/bench/runtime $(BENCHFLAGS)

.PHONY: bench-runtime

## bench/local.mk: `make bench` runs the benchmark suite's quick configuration on this build's
## pyhyp, side by side with CPython, PyPy3 and PHP (bench/README.md). Not part of `make check`;
## the report lands in $(builddir)/bench-results (results.md, results.json, svg/).

EXTRA_DIST += bench/run bench/README.md bench/programs bench/composed

## BENCHFLAGS passes options to the runner, e.g. `make bench BENCHFLAGS="-k nbody --vm pyhyp,pypy3"`
## or BENCHFLAGS=--full for the long configuration.
bench: pyhyp$(EXEEXT)
	$(AM_V_at)$(PYTHON3) $(srcdir)/bench/run --pyhyp=$(builddir)/pyhyp$(EXEEXT) \
	    --out=$(builddir)/bench-results $(BENCHFLAGS)

.PHONY: bench

## bench/web/run: requests/s of a hello page behind lighttpd (pyhyp and php-cgi, CGI and FastCGI,
## measured with wrk) and a FastCGI soak sampling the workers' RSS. `make bench-web`.
EXTRA_DIST += bench/web/run bench/web/hello.php
bench-web: pyhyp$(EXEEXT) hippy-c-cgi$(EXEEXT)
	$(AM_V_at)$(PYTHON3) $(srcdir)/bench/web/run $(builddir) $(BENCHWEBFLAGS)

.PHONY: bench-web

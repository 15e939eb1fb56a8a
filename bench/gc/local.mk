## bench/gc/local.mk: `make bench-gc`, the collector's allocation benchmark (issue 3).
## One source, three allocators: gc/ (pyhyp), Boehm GC (when configure found it) and malloc/free.
## The programs are check programs (built by `make check` and `make bench-gc`, never installed).

BENCH_GC_BINS = bench/gc/bench-gc-pyhyp bench/gc/bench-gc-malloc
check_PROGRAMS += bench/gc/bench-gc-pyhyp bench/gc/bench-gc-malloc
if HAVE_BDWGC
BENCH_GC_BINS += bench/gc/bench-gc-boehm
check_PROGRAMS += bench/gc/bench-gc-boehm
endif
EXTRA_DIST += bench/gc/run-bench

bench_gc_bench_gc_pyhyp_SOURCES = bench/gc/binarytrees.c
bench_gc_bench_gc_pyhyp_CPPFLAGS = $(AM_CPPFLAGS) -DBENCH_PYHYP
bench_gc_bench_gc_pyhyp_LDADD = gc/libgc.a
bench_gc_bench_gc_malloc_SOURCES = bench/gc/binarytrees.c
bench_gc_bench_gc_malloc_CPPFLAGS = $(AM_CPPFLAGS) -DBENCH_MALLOC
bench_gc_bench_gc_boehm_SOURCES = bench/gc/binarytrees.c
bench_gc_bench_gc_boehm_CPPFLAGS = $(AM_CPPFLAGS) -DBENCH_BOEHM $(BDWGC_CFLAGS)
bench_gc_bench_gc_boehm_LDADD = $(BDWGC_LIBS)

## BENCH_GC_FLAGS passes options to the runner, e.g. `make bench-gc BENCH_GC_FLAGS="--reps 5"`.
.PHONY: bench-gc
bench-gc: $(BENCH_GC_BINS)
	$(AM_V_at)$(PYTHON3) $(srcdir)/bench/gc/run-bench $(BENCH_GC_FLAGS) $(BENCH_GC_BINS)

/*
** bench/runtime/map.c: pyhyp's side of `make bench-runtime` (bench/runtime/run): insert, look up,
** then delete n int or string keys in runtime/'s ordered hash map, the same work that
** bench/runtime/map.py does on a CPython dict and bench/runtime/map.php on a PHP array. The keys
** are made before the clock starts, as the scripts do; string hashes are computed (and cached) by
** the first insertion, as there.
** Usage: bench-map KIND N   prints "insert lookup delete checksum" (CPU seconds). The kinds
** (bench/runtime/run lists them): int (scattered ints), seq (0..N-1 in order: the packed layout),
** str ("key<i>" in order), strx (the same strings in a scrambled order).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "runtime/rt.h"

/* CPU seconds of this process (user + system, page faults included): the machine is shared. */
static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void report(double t0, double t1, double t2, double t3, int64_t check)
{
    printf("%.6f %.6f %.6f %lld\n", t1 - t0, t2 - t1, t3 - t2, (long long)check);
}

static void bench_int(int64_t n, bool seq)
{
    int64_t *keys = malloc((size_t)n * sizeof(int64_t));
    for (int64_t i = 0; i < n; i++)
        keys[i] = seq ? i : (int64_t)(((uint64_t)i * 2654435761u) & 0xFFFFFFFFu);
    rt_map_t *m = rt_map_new(0);
    double t0 = now();
    for (int64_t i = 0; i < n; i++)
        rt_map_set_int(m, keys[i], rt_small(1));
    double t1 = now();
    int64_t s = 0;
    for (int64_t i = 0; i < n; i++)
        s += rt_small_value(rt_map_get_int(m, keys[i]));
    double t2 = now();
    for (int64_t i = 0; i < n; i++)
        rt_map_del_int(m, keys[i]);
    double t3 = now();
    report(t0, t1, t2, t3, s + rt_map_count(m));
    free(keys);
}

static void bench_str(int64_t n, bool scrambled)
{
    /* A malloc'd array of heap pointers: registered as a root while it lives. */
    rt_str_t **keys = malloc((size_t)n * sizeof(rt_str_t *));
    memset(keys, 0, (size_t)n * sizeof(rt_str_t *));
    gc_root_add(keys, (size_t)n);
    char buf[32];
    for (int64_t i = 0; i < n; i++) {
        int64_t k = scrambled ? i * 999983 % n : i;
        int len = snprintf(buf, sizeof buf, "key%lld", (long long)k);
        keys[i] = rt_str_new(buf, (size_t)len);
    }
    rt_map_t *m = rt_map_new(0);
    double t0 = now();
    for (int64_t i = 0; i < n; i++)
        rt_map_set_str(m, keys[i], rt_small(1));
    double t1 = now();
    int64_t s = 0;
    for (int64_t i = 0; i < n; i++)
        s += rt_small_value(rt_map_get_str(m, keys[i]));
    double t2 = now();
    for (int64_t i = 0; i < n; i++)
        rt_map_del_str(m, keys[i]);
    double t3 = now();
    report(t0, t1, t2, t3, s + rt_map_count(m));
    gc_root_remove(keys);
    free(keys);
}

int main(int argc, char **argv)
{
    const char *kind = argc == 3 ? argv[1] : "";
    int64_t n = argc == 3 ? atoll(argv[2]) : 0;
    gc_init(NULL);
    if (strcmp(kind, "int") == 0 || strcmp(kind, "seq") == 0) {
        bench_int(n, kind[0] == 's');
    } else if (strcmp(kind, "str") == 0 || strcmp(kind, "strx") == 0) {
        bench_str(n, kind[3] == 'x');
    } else {
        fprintf(stderr, "usage: %s int|seq|str|strx N\n", argv[0]);
        return 2;
    }
    gc_shutdown();
    return 0;
}

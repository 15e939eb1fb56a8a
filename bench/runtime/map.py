# bench/runtime/map.py: CPython's side of `make bench-runtime` (bench/runtime/run): the same work as
# bench/runtime/map.c does on pyhyp's map, on a dict: insert, look up, then delete n keys.
# Usage: python3 map.py KIND N   prints "insert lookup delete checksum" (CPU seconds). The kinds
# (bench/runtime/run lists them): int (scattered ints), seq (0..N-1 in order), str ("key<i>" in
# order), strx (the same strings in a scrambled order).
import sys
from time import process_time as clock  # CPU time: the machine is shared


def keys_for(kind, n):
    if kind == "int":
        return [(i * 2654435761) & 0xFFFFFFFF for i in range(n)]
    if kind == "seq":
        return list(range(n))
    if kind == "str":
        return ["key%d" % i for i in range(n)]
    return ["key%d" % (i * 999983 % n) for i in range(n)]


def bench(keys):
    d = {}
    t0 = clock()
    for k in keys:
        d[k] = 1
    t1 = clock()
    s = 0
    for k in keys:
        s += d[k]
    t2 = clock()
    for k in keys:
        del d[k]
    t3 = clock()
    print(f"{t1 - t0:.6f} {t2 - t1:.6f} {t3 - t2:.6f} {s + len(d)}")


bench(keys_for(sys.argv[1], int(sys.argv[2])))

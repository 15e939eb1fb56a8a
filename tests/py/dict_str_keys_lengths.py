# dict and set lookups of str keys around the map's inline comparison length (16 bytes): equal keys
# built separately, keys differing only in one byte, bytes keys of the same bytes, deletion.
lens = [1, 3, 4, 7, 8, 9, 15, 16, 17, 18, 31, 32, 33, 100]
d = {}
for n in lens:
    k = "a" * n
    d[k] = n
    d[k[: n // 2] + "b" + k[n // 2 + 1 :]] = -n
    d[k[:-1] + "c"] = n * 100
    d[k.encode()] = "bytes"
for n in lens:
    k = "".join(["a"] * n)
    print(n, d[k], d[k[: n // 2] + "b" + k[n // 2 + 1 :]], d[k[:-1] + "c"], d[bytes(k, "ascii")],
          k + "x" in d)
for n in lens:
    del d["a" * n]
print(len(d), sorted(v for v in d.values() if isinstance(v, int))[:5])
s = {"é" * n for n in lens}
print(all(("é" * n) in s for n in lens), ("é" * 16 + "e") in s)

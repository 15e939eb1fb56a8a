# Short str keys (found by their bytes and length in the entry) next to bytes keys with the same
# bytes and hash, keys told apart by a NUL or their length, deleted and re-added.
keys = ["", "\0", "\0\0", "a", "a\0", "ab", "ab\0", "abcdefg", "abcdefh", "abcdef\0", "abcdefgh",
        "k1", "k12345", "é", "éa"]
d = {}
for i, k in enumerate(keys):
    d[k] = i
    d[k.encode()] = -i - 1
print(len(d))
for i, k in enumerate(keys):
    fresh = ("#" + k)[1:]
    assert d[fresh] == i and d[fresh.encode()] == -i - 1, repr(k)
for k in ["b", "a\0\0", "abcdef", "abcdefgg", "k1234", b"k123", "k123".encode()]:
    print(repr(k), k in d)
del d["a\0"], d[b"abcdefg"]
print("a" in d, "a\0" in d, b"a\0" in d, "abcdefg" in d, b"abcdefg" in d)
d["abcdefg"] = "again"
print(list(d.items()))
print(sorted(set(keys) | {"ab", "ab\0", "x"}))

# str.find / rfind / index / rindex / count with start and end bounds, on ASCII and non-ASCII text.
texts = ["abcabcabc", "ünïcödé ünïcödé", ""]
needles = ["c", "bc", "ü", "dé", "", "zz"]
for t in texts:
    for n in needles:
        print(repr(t), repr(n), t.find(n), t.rfind(n), t.count(n),
              t.find(n, 2), t.rfind(n, 0, 5), t.find(n, -4), t.rfind(n, -9, -2))
        for method in (t.index, t.rindex):
            try:
                print("  ", method.__name__, method(n), method(n, 1, -1))
            except ValueError as e:
                print("  ", method.__name__, "ValueError:", e)
try:
    "abc".find(3)
except TypeError as e:
    print("TypeError:", e)

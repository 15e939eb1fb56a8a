# printf-style formatting at its edges: C length modifiers are ignored, keys may hold nested
# parentheses, huge widths and precisions fail cleanly, bytearray % works; str.find's bounds
# may exceed 64 bits; argument-count errors of find & co. use CPython's wording.
import sys

print("%3ld|%hd|%Lf|%ls" % (42, 5, 1.5, "x"), b"%ld" % 4)
print("%((foo))s %(a)s" % {"(foo)": "bar", "a": 1})
for f, a in [("%%%df" % 2 ** 64, 3.2), ("%%.%df" % 2 ** 64, 3.2), ("%.3000000000d", 1),
             ("%.*d", (sys.maxsize, 1)), ("%*d", (sys.maxsize, 1)), ("%.*s", (sys.maxsize, "ab"))]:
    try:
        print(len(f % a))
    except (ValueError, OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
ba = bytearray(b"%d-%s")
r = ba % (7, b"x")
print(type(r).__name__, r, ba)
print("ab".find("xxx", sys.maxsize + 1, 0), "ab".rfind("b", -2 ** 70, 2 ** 70), "abc".count("", 2 ** 65))
for m in ("find", "rfind", "index", "count", "startswith"):
    for args in ((), ("a", 1, 2, 3)):
        try:
            getattr("a", m)(*args)
        except TypeError as e:
            print(e)
try:
    b"a".find(b"a", 1, 2, 3)
except TypeError as e:
    print(e)
print("%#.5x|%#.5o|%#8.5x|%#.3X" % (1, 8, 255, 10))
for v in (1.5, 5, "x"):
    try:
        format(v, ".%sf" % (sys.maxsize + 1))
    except ValueError as e:
        print(e)
for a in (b"1", [1], bytearray(b"1"), range(3)):  # what counts as a mapping, per format kind
    for f in ("abc", b"abc"):
        try:
            print(repr(f % a))
        except TypeError as e:
            print(type(a).__name__, e)

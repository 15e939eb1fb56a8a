# repr/ascii/format, chr/ord, bin/oct/hex on many values.
for v in [0, -1, 255, 2 ** 64, -(2 ** 70)]:
    print(bin(v), oct(v), hex(v), format(v, "b"), format(v, "#o"), format(v, "X"))
class Idx:
    def __index__(self):
        return 42
print(bin(Idx()), oct(Idx()), hex(Idx()), bin(True), hex(False))
for bad in [lambda: bin(1.5), lambda: hex("1"), lambda: oct(None)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(chr(65), chr(0x4e2d), chr(0x1F600), repr(chr(0)), repr(chr(0x10FFFF)), ord("A"), ord("中"), ord("\U0001F600"), ord(b"a"), ord(bytearray(b"z")))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: chr("a"), lambda: ord(""), lambda: ord("ab"), lambda: ord(5)]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
vals = ["plain", "quote'", 'dq"', "both'\"", "nl\n", "uni é 中 😀", "\x00\x1f\x7f", b"by\x00tes", 1.5, None, [1, "a"], {"k": b"v"}, (1,), frozenset()]
for v in vals:
    print(repr(v), ascii(v))
print(format(3.14159, ".2f"), format("x", "^5"), format(42), format([1], ""), format(255, "#x"), format(0.5, "%"))
class F:
    def __format__(self, spec):
        return f"F({spec})"
    def __repr__(self):
        return "F-repr"
print(format(F(), "abc"), f"{F()!r}", "{0}".format(F()), "{0!r:>8}".format(F()))
try:
    format(F(), 5)
except TypeError as e:
    print("TypeError", e)
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError", e)

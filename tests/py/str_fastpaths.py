# The fast paths of str building: % with plain %s / %d and with padding (one exact-size result),
# format() padding and grouping, concatenation, repetition and join of ASCII and non-ASCII
# pieces (their facts carried to the result), case mapping of ASCII and non-ASCII strings, ord,
# and str() of ints around the small-int limit.

print("%s|%d|%i|%s" % ("ab", 42, -7, "é"), "%d%%" % 5, "%s" % (1 << 70,), "%d" % (-(1 << 70)))
print("[%5d|%-5d|%05d|%+d|% d|%x|%#X|%o|%c|%c]" % (42, 42, -42, 3, 3, 255, 255, 8, 233, "z"))
print("[%5s|%-5s|%.2s|%5.1s|%r|%a]" % ("ab", "ab", "abc", "xyz", "é", "é"))
print("%(a)s-%(b)d %s" % {"a": "A", "b": 5} if False else "%(a)s-%(b)d" % {"a": "A", "b": 5})
print("%d %s %d" % (True, True, 3.9), "%.3d|%5.3d|%-6.2d|" % (7, -7, 3))


class S(str):
    def __str__(self):
        return "S!"


class I(int):
    pass


print("%s %d %s" % (S("x"), I(12), I(13)))
print("{:^9}|{:*^9}|{:,}|{:_x}|{:=+08}|{:08,}|{:€>6}|{:<6}|{:>4}".format("é", 12, 1234567, 65535, 12, 1234, 7, -3, "ab"))
print(format(10 ** 30, ","), format(-5, "#x"), format(255, "08b"), format(3, "^5"), format(-0.0, "+.1f"))

s = ""
for i in range(120):
    s += chr(97 + i % 26) if i % 40 else "é"
print(len(s), s[:3], s[38:43], s[-4:], s.upper()[36:44], s.find("é", 1), s.count("é"))
t = "ab" * 50 + "-" * 3
print(len(t), t.upper()[-8:], ("é" * 4)[1:3], ("x" * 0) == "", len("é" * 10))
parts = ["alpha", "βeta", "gamma", "", "δ"]
print("/".join(parts), "".join(parts).upper(), "".join([]), ",".join(["x"]), len(" ".join(parts)))
print(b"/".join([b"a", bytearray(b"b"), memoryview(b"c")]), b"".join([]))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    b",".join([b"a", "b"])
except TypeError as e:
    print("TypeError:", e)

for w in ["", "a", "Hello wORLD 12ab_cd's x-Y", "o'neil mcDONALD", "ǅa ßx ΣΑΣ", "straße"]:
    print(repr(w.upper()), repr(w.lower()), repr(w.casefold()), repr(w.swapcase()),
          repr(w.title()), repr(w.capitalize()))

print(ord("a"), ord("é"), ord("€"), ord(b"x"), ord(bytearray(b"y")))
for bad in ["ab", "", b"ab"]:
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError:", e)
print(str(0), str(-5), repr(2 ** 62 - 1), str(-(2 ** 62)), str(2 ** 62), str(10 ** 40), str(-(10 ** 29)))

# Format spec for strings: fill, align, width, precision, unicode fill.
words = ["", "a", "hello", "caf\xe9", "\u4e2d\u6587", "exactly10!"]
specs = ["", "10", "<10", ">10", "^10", "^9", "*^11", "-<6", ".2", "10.3", ">3.1", "\u2022^9", "s", ">1"]
for w in words:
    print(repr(w), "|".join("[" + format(w, s) + "]" for s in specs))
for sp in ["d", "=10", "+", " 5", "#", "05", ",", "x"]:
    try:
        print(sp, repr(format("ab", sp)))
    except ValueError as e:
        print(sp, "ValueError", e)
print("[{:{}}]".format("x", 5), "[{:{}{}}]".format("y", ">", 4), "[{:{fill}^{w}}]".format("z", fill="~", w=7))
print(format(None, ""), format([1, 2], ""), format((1,), "") )
try:
    format(None, ">10")
except TypeError as e:
    print("TypeError", e)
try:
    format(object, "x")
except TypeError as e:
    print("TypeError", e)
print(str.__format__("abc", ">5"), "abc".__format__(""), (5).__format__("03"), 2.5.__format__(".3f"))

# Sorting compares small ints, floats and strs without calling out when every key is of one such
# type; mixed keys, big ints, subclasses with their own ordering and key functions must still sort
# exactly as CPython does, stably. Also int formatting in every base around the small-int limits.
class Rev(str):
    def __lt__(self, other):
        return str.__gt__(self, other)


def show(label, xs, **kw):
    print(label, sorted(xs, **kw))


show("ints", [5, -3, 0, 2 ** 40, -(2 ** 40), 7, 5, -1, 2 ** 61, -(2 ** 61)])
show("ints reversed", [3, 1, 2, 1, 3], reverse=True)
show("big and small", [2 ** 70, 1, -(2 ** 70), 0, 2 ** 62, 2 ** 63 - 1, -(2 ** 62) - 1])
show("floats", [1.5, -0.0, 0.0, float("inf"), -float("inf"), 2.25, -7.5, 1e300, 5e-324])
show("mixed numbers", [1, 0.5, True, 2, -1.5, False, 3])
show("strs", ["b", "a", "", "ab", "aa", "é", "e", "z", "ä", "\U0001F600", "Z", "a\x00"])
show("str subclass", [Rev("a"), Rev("c"), Rev("b")])
show("len key", ["ccc", "a", "bb", "dd", "e"], key=len)
show("neg key", [3, 1, 2], key=lambda x: -x)
show("float key stable", [("a", 1.0), ("b", 0.5), ("c", 1.0), ("d", 0.5)], key=lambda p: p[1])
show("str key reverse stable", [(1, "x"), (2, "y"), (3, "x"), (4, "y")], key=lambda p: p[1], reverse=True)
try:
    sorted(["a", 1])
except TypeError as e:
    print("TypeError", e)
for v in (0, 1, -1, 255, -255, 2 ** 61 - 1, -(2 ** 61), 2 ** 62, -(2 ** 62) - 1, 2 ** 63, 10 ** 20):
    print(v, "%d %x %X %o" % (v, v, v, v), format(v, "#b")[:20], bin(v)[-8:], hex(v), oct(v), str(v))

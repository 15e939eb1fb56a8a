# hash/eq contracts of built-ins: numeric tower, containers as keys, identity vs equality.
print(hash(1) == hash(1.0) == hash(1 + 0j), hash(0) == hash(0.0) == hash(-0.0) == hash(False))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 100) == hash(2 ** 100 % (2 ** 61 - 1)))
print(hash(0.5) == hash(1 / 2), hash(1.5), hash(-1.5), hash(1e100) == hash(int(1e100)))
d = {1: "int"}
d[1.0] = "float overwrote"
d[True] = "bool overwrote"
print(d, {0.0: "z", -0.0: "nz"}, {(1, 2): "t", (1.0, 2.0): "tf"})
a = [1, 2]
b = [1, 2]
print(a == b, a is b, id(a) == id(b), (1, a) == (1, b), [a] == [b])
x = "interned"
print(x == "interned", hash(x) == hash("inter" + "ned"), frozenset([1, 2]) == frozenset([2, 1]))
nan = float("nan")
print(nan == nan, nan in [nan], [nan] == [nan], {nan: 1}.get(nan), (nan,) == (nan,))
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, Eq) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
print(Eq(1) == Eq(1), Eq(1) in {Eq(1)}, len({Eq(1), Eq(1), Eq(2)}), Eq(1) != Eq(2))
class EqOnly:
    def __eq__(self, o):
        return True
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError", e)
print(None == None, None is None, 1 == True, 0 == False, "" == False, [] == False)

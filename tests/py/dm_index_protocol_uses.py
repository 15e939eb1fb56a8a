# __index__: an object usable wherever Python needs an exact integer: sequence indexing and
# slicing, range(), bin/oct/hex, repetition, operator.index, int(), list.pop, bytes(), and the
# TypeError when __index__ returns a non-int.
import operator

class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
    def __repr__(self):
        return f"Idx({self.n})"

data = list("abcdefgh")
i2, i5, m1 = Idx(2), Idx(5), Idx(-1)
print(data[i2], data[m1], data[i2:i5], data[::Idx(3)], "xyz"[Idx(1)], (1, 2, 3)[m1])
print(list(range(i2, i5)), range(10)[i2:i5], bin(i5), oct(Idx(8)), hex(Idx(255)))
print("ab" * Idx(3), [0] * i2, operator.index(i5), int(i5) if hasattr(Idx, "__int__") else "no __int__")
print(data.pop(i2), data, bytes(Idx(3)), bytearray(Idx(2)))
print(round(7.123, Idx(1)), 2 ** 10)

class Bad:
    def __index__(self):
        return "3"
for f in (lambda: data[Bad()], lambda: range(Bad()), lambda: operator.index(Bad())):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
try:
    data[1.0]
except TypeError as e:
    print("TypeError:", e)

class Both:
    def __index__(self):
        return 4
    def __int__(self):
        return 40
print(int(Both()), [0, 1, 2, 3, 4, 5][Both()], hex(Both()))

class BoolIdx:
    def __index__(self):
        return True
print(operator.index(BoolIdx()), type(operator.index(BoolIdx())).__name__)

# __index__: used by slicing, indexing, range, bin/hex/oct, operator.index, sequence repetition;
# __index__ returning non-int, and how int() / float() fall back to __index__.
import operator

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

seq = list(range(10))
print(seq[Idx(3)], seq[Idx(-1)], seq[Idx(2):Idx(5)], seq[::Idx(3)], "abcdef"[Idx(1)])
print(list(range(Idx(4))), range(10)[Idx(2)], bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(operator.index(Idx(7)), [0] * Idx(3), "ab" * Idx(2), (1,) * Idx(2), bytes(Idx(2)))
print(int(Idx(12)), float(Idx(3)), complex(Idx(2)), round(2.567, Idx(1)))
seq[Idx(0)] = "first"
del seq[Idx(1)]
print(seq[:3])

class BadIndex:
    def __index__(self):
        return 1.5
for f in (lambda: seq[BadIndex()], lambda: operator.index(BadIndex()), lambda: bin(BadIndex())):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)

class NoIndex:
    pass
for f in (lambda: seq[NoIndex()], lambda: seq[1.0], lambda: "abc"["1"], lambda: range(1.5),
          lambda: operator.index(2.0), lambda: [1] * 2.0, lambda: hex(1.0), lambda: seq[NoIndex():]):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)

class BoolIndex:
    def __index__(self):
        return True
print(seq[BoolIndex()], operator.index(BoolIndex()))

class IntSub(int):
    def __index__(self):
        return 99
print(seq[IntSub(2)], operator.index(IntSub(2)), [10, 20, 30][IntSub(1)])
class Big:
    def __index__(self):
        return 2 ** 80
try:
    seq[Big()]
except IndexError as e:
    print("IndexError:", e)
print(seq[Big():], seq[:Big()][:2], "abc"[Idx(1):Big()])

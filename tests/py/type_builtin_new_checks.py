# T.__new__ of builtin types: bound to T, refusing classes T cannot make (int.__new__(bool));
# bool has its own; tuple and frozenset subclasses with their own __init__ take its keywords;
# tuple hashes are CPython's.


def show(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)


show(lambda: int.__new__(bool, 0))
show(lambda: int.__new__(str))
show(lambda: list.__new__(tuple))
show(lambda: (bool.__new__(bool), bool.__new__(bool, 5), int.__new__(int, "7")))
print(int.__new__.__self__, tuple.__new__.__self__ is tuple, bool.__new__.__self__)


class I(int):
    pass


print(type(int.__new__(I, 3)).__name__, int.__new__(I, 3))


class T(tuple):
    def __init__(self, arg, extra=None):
        self.extra = extra


t = T([1, 2], extra=3)
print(type(t).__name__, list(t), t.extra)


class F(frozenset):
    def __init__(self, arg, extra=None):
        self.extra = extra


f = F([1], extra="x")
print(sorted(f), f.extra)


class Plain(tuple):
    pass


show(lambda: Plain(sequence=()))
show(lambda: tuple(sequence=()))
print(hash(()), hash((1, 2)), hash((1.5, -1, (2,))), hash(((),)), hash((True, -1)))


class H:  # __hash__'s result is the hash when it fits (-1 becomes -2), else it is hashed
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


print([hash(H(x)) for x in (5, -1, 2 ** 62, 2 ** 64 + 3, -2 ** 63, True, hash((1, 2)))])

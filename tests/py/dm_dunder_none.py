# A special method set to None in a class: calling it is "'NoneType' object is not callable"
# (an in-place operator does not fall back to the plain one), except where the protocol gives
# None a meaning (__hash__, __iter__, __contains__, __reversed__).


def show(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)


class Base:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Base(self.v + o)

    def __radd__(self, o):
        return self.v + o


class NoIadd(Base):
    __iadd__ = None


def iadd():
    x = NoIadd(1)
    x += 10
    return x


show(iadd)


def iadd_fallback():
    x = Base(1)
    x += 10
    return x.v


show(iadd_fallback)


class Nones:
    __add__ = __radd__ = __neg__ = __index__ = __getitem__ = __len__ = None
    __contains__ = __iter__ = __repr__ = __hash__ = __reversed__ = __int__ = None


n = Nones()
for f in (lambda: n + 1, lambda: 1 + n, lambda: -n, lambda: [1][n], lambda: n[0],
          lambda: len(n), lambda: 1 in n, lambda: iter(n), lambda: repr(n), lambda: hash(n),
          lambda: reversed(n), lambda: int(n)):
    show(f)


class OnlyGetitem:
    __iter__ = None

    def __getitem__(self, i):
        return i


show(lambda: list(OnlyGetitem()))

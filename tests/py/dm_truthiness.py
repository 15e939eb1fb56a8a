# Truth value testing: __bool__ first, then __len__, default True; errors for a __bool__ that
# returns a non-bool or a negative/huge __len__; use in if/while/not/and/or and bool().
class WithBool:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        print("  __bool__ ->", self.b)
        return self.b

class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("  __len__ ->", self.n)
        return self.n

class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0

class Neither:
    pass

print(bool(WithBool(False)), bool(WithLen(0)), bool(WithLen(3)), bool(Both()), bool(Neither()))
print(not WithBool(True))
r = WithBool(False) or "fallback"
print(r)
r = WithLen(2) and "second"
print(r)
if WithLen(0):
    print("not reached")
else:
    print("empty is false")
n = 0
while WithLen(2 - n):
    n += 1
print("loops:", n)

class BadBool:
    def __bool__(self):
        return 1
class NegLen:
    def __len__(self):
        return -1
class StrLen:
    def __len__(self):
        return "3"
class BigLen:
    def __len__(self):
        return 2 ** 70
for obj in [BadBool(), NegLen(), StrLen(), BigLen()]:
    try:
        print(bool(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
for obj in [NegLen(), StrLen(), BigLen()]:
    try:
        print(len(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

class BoolNone:
    __bool__ = None
try:
    bool(BoolNone())
except TypeError as e:
    print("TypeError:", e)

class LenBool:
    def __len__(self):
        return True
print(len(LenBool()), bool(LenBool()))
print([bool(x) for x in (0, 0.0, 0j, "", b"", [], (), {}, set(), range(0), None, -1, "0", [0])])
class IntSub(int):
    pass
print(bool(IntSub(0)), bool(IntSub(5)))
class ListSub(list):
    def __bool__(self):
        return True
print(bool(ListSub()), len(ListSub()))

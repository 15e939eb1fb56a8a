# The contracts of __bool__ and __len__: __bool__ must return a bool, __len__ a non-negative int
# that fits in an index; truth falls back from __bool__ to __len__ to true; errors in CPython's
# words.
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v

class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

class Both:
    def __bool__(self):
        print("  __bool__ used")
        return False
    def __len__(self):
        print("  __len__ not used")
        return 5

class Plain:
    pass

print(bool(B(True)), bool(L(0)), bool(L(3)), bool(Both()), bool(Plain()), not L(0))
print("yes" if L(2) else "no", [x for x in (L(0), L(1), B(False)) if x].__len__())
for obj, action in [(B(1), bool), (B("x"), bool), (L(-1), len), (L(-1), bool), (L(2**70), len),
                    (L(1.5), len), (L("3"), bool)]:
    try:
        print(action(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
while L(0):
    print("never")
print(any([L(0), B(False)]), all([L(1), B(True)]), L(3) and "and-value", L(0) or "or-value")
try:
    if B(None):
        pass
except TypeError as e:
    print("TypeError:", e)
class Zero(int):
    pass
print(bool(Zero(0)), bool(Zero(4)), len([L(1)] * 3))

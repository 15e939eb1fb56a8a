# __repr__/__str__/__format__: str() falls back to __repr__, repr of containers uses the
# elements' __repr__, format() with and without spec, f-string conversions, errors for
# non-string results, and object.__format__ rejecting a non-empty spec.
class R:
    def __repr__(self):
        return "R()"
class S:
    def __str__(self):
        return "S-str"
class Both:
    def __repr__(self): return "Both-repr"
    def __str__(self): return "Both-str"
print(str(R()), repr(R()), str(S()), repr(S()).startswith("<__main__.S object at"))
print([Both()], (Both(),), {"k": Both()}, {Both()}, str([S()])[:10])
print(f"{Both()} {Both()!r} {Both()!s} {R()!a}")

class F:
    def __format__(self, spec):
        return "F[%s]" % spec
print(format(F()), format(F(), "x>5"), f"{F():abc}", "{0:zz}".format(F()), "{}".format(F()))
print(f"{R()!r:>6}|{R()!s:<5}|")

class NoFormat:
    pass
print(format(NoFormat(), "")[:10], f"{NoFormat()}"[:10])
try:
    format(NoFormat(), "d")
except TypeError as e:
    print("TypeError:", e)

class BadRepr:
    def __repr__(self):
        return 5
class BadStr:
    def __str__(self):
        return None
class BadFormat:
    def __format__(self, spec):
        return 1
for f in (lambda: repr(BadRepr()), lambda: str(BadStr()), lambda: format(BadFormat(), ""),
          lambda: f"{BadFormat()}", lambda: print(BadStr())):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)

class StrSub(str):
    pass
class ReturnsStrSub:
    def __str__(self):
        return StrSub("sub")
r = str(ReturnsStrSub())
print(r, type(r).__name__)

class Inherit(Both):
    pass
print(str(Inherit()), repr(Inherit()))
class ReprOnlyInherit(R):
    def __str__(self):
        return "own str " + super().__str__()
print(str(ReprOnlyInherit()))
print(format(3.14159, ".2f"), format(42, "08b"), format("x", "^5"), format(True, "d"), format(1e20, ""))

class Rec:
    def __init__(self):
        self.me = [self]
    def __repr__(self):
        return "Rec(%r)" % (self.me,)
l = [1]
l.append(l)
print(l, {"a": l})
d = {}
d["self"] = d
print(d)

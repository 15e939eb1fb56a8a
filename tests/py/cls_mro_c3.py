# C3 linearization: diamonds, deeper hierarchies, mro() and __mro__ agreement, and the
# TypeError CPython raises for hierarchies with no consistent order.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass

def names(cls):
    return " ".join(k.__name__ for k in cls.__mro__)

print("K1:", names(K1))
print("K2:", names(K2))
print("K3:", names(K3))
print("Z:", names(Z))
print("mro() equal:", Z.mro() == list(Z.__mro__))
print("tuple type:", type(Z.__mro__).__name__, type(Z.mro()).__name__)

class Left: pass
class Right: pass
class Both(Left, Right): pass
print("Both:", names(Both))

class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
try:
    class Bad(XY, YX): pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Dup(X, X): pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Order(O, A): pass
except TypeError as e:
    print("TypeError:", e)

class Order2(A, O): pass
print("Order2:", names(Order2))

print("object last:", Z.__mro__[-1] is object)
print("bases:", [b.__name__ for b in Z.__bases__])
print("base:", Z.__base__.__name__)
print("issubclass:", issubclass(Z, O), issubclass(K1, K2), issubclass(Z, (K2, int)))

class Mixin:
    def who(self):
        return "Mixin>" + super().who()
class Base:
    def who(self):
        return "Base"
class Mid(Base):
    def who(self):
        return "Mid>" + super().who()
class Leaf(Mixin, Mid):
    pass
print("who:", Leaf().who(), names(Leaf))

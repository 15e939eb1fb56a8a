# Reflected operators: when the right operand's type is a subclass overriding the reflected method
# it goes first; NotImplemented from both sides gives TypeError; in-place falls back to binary.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"{type(self).__name__}({self.cents})"
    def __add__(self, other):
        print(f"  {type(self).__name__}.__add__")
        if isinstance(other, Money):
            return type(self)(self.cents + other.cents)
        if isinstance(other, int):
            return type(self)(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print(f"  {type(self).__name__}.__radd__")
        if other == 0:
            return self
        return self.__add__(other)
    def __sub__(self, other):
        print(f"  {type(self).__name__}.__sub__")
        return type(self)(self.cents - other.cents) if isinstance(other, Money) else NotImplemented
    def __rsub__(self, other):
        print(f"  {type(self).__name__}.__rsub__")
        return type(self)(other - self.cents) if isinstance(other, int) else NotImplemented

class Euro(Money):
    def __radd__(self, other):
        print("  Euro.__radd__ (subclass first)")
        return Euro(other.cents + self.cents + 1)

print(Money(5) + Money(7))
print(Money(5) + Euro(7))
print(Euro(5) + Money(7))
print(10 + Money(1))
print(sum([Money(1), Money(2), Money(3)]))
print(100 - Money(30))
try:
    Money(1) - 5
except TypeError as e:
    print("TypeError:", e)
try:
    "x" + Money(1)
except TypeError as e:
    print("TypeError:", e)
m = Money(1)
m += 4
print(m)
m -= Money(2)
print(m)

class Left:
    def __lt__(self, other):
        print("  Left.__lt__")
        return NotImplemented
class Right:
    def __gt__(self, other):
        print("  Right.__gt__")
        return True
print(Left() < Right())
try:
    Left() < Left()
except TypeError as e:
    print("TypeError:", e)
class Eq:
    def __eq__(self, other):
        print("  Eq.__eq__")
        return NotImplemented
print(Eq() == Eq(), Eq() != 3)

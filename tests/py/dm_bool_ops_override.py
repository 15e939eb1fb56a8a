# Bitwise operator overloading as used for flag sets and query builders: __and__/__or__/__xor__/
# __invert__ with their reflected and in-place forms, and/or/not NOT being overloadable
# (they use truthiness), and chaining results.
class Flags:
    def __init__(self, bits):
        self.bits = bits
    def __or__(self, o):
        return Flags(self.bits | int(o))
    __ror__ = __or__
    def __and__(self, o):
        return Flags(self.bits & int(o))
    def __rand__(self, o):
        return Flags(int(o) & self.bits)
    def __xor__(self, o):
        return Flags(self.bits ^ int(o))
    def __invert__(self):
        return Flags(~self.bits & 0xF)
    def __int__(self):
        return self.bits
    def __ior__(self, o):
        print("  __ior__")
        self.bits |= int(o)
        return self
    def __bool__(self):
        return self.bits != 0
    def __repr__(self):
        return "Flags(%s)" % bin(self.bits)

a, b = Flags(0b0011), Flags(0b0110)
print(a | b, a & b, a ^ b, ~a, 8 | a, 12 & b)
c = a
c |= Flags(8)
print(c, a is c)
print(a and b, Flags(0) or "fallback", not Flags(0), Flags(0) and "never")

class Q:
    def __init__(self, text):
        self.text = text
    def __and__(self, o):
        return Q("(%s AND %s)" % (self.text, o.text))
    def __or__(self, o):
        return Q("(%s OR %s)" % (self.text, o.text))
    def __invert__(self):
        return Q("NOT %s" % self.text)
q = (Q("a") & Q("b")) | ~Q("c")
print(q.text)
try:
    Q("x") ^ Q("y")
except TypeError as e:
    print("TypeError:", e)
print(True & False, True | False, True ^ True, type(True & True).__name__, ~True, -True)

# Binary arithmetic: __add__ then __radd__, NotImplemented handling, the subclass-first rule
# for reflected operands, all operator names and the TypeError text for unsupported operands.
class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "N(%r)" % (self.v,)

ops = ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift",
       "and", "xor", "or"]
for op in ops:
    def fwd(self, o, op=op):
        return N("%s(%s,%s)" % (op, self.v, getattr(o, "v", o)))
    def rev(self, o, op=op):
        return N("r%s(%s,%s)" % (op, getattr(o, "v", o), self.v))
    setattr(N, "__%s__" % op, fwd)
    setattr(N, "__r%s__" % op, rev)

a = N(1)
print(a + 2, 2 + a, a - 2, 2 - a, a * 2, 2 * a, a @ 2, 2 @ a)
print(a / 2, 2 / a, a // 2, 2 // a, a % 2, 2 % a, a ** 2, 2 ** a)
print(a << 2, 2 << a, a >> 2, 2 >> a, a & 2, 2 & a, a ^ 2, 2 ^ a, a | 2, 2 | a)
print(divmod(7, 2), pow(2, 5), pow(2, 5, 3))

class Base:
    def __add__(self, o):
        return "Base.add"
    def __radd__(self, o):
        return "Base.radd"
class Sub(Base):
    def __radd__(self, o):
        return "Sub.radd"
class SubNoOverride(Base):
    pass
print(Base() + Sub(), Sub() + Base(), Base() + SubNoOverride())

class Refuse:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return NotImplemented
for expr in ["Refuse() + 1", "1 + Refuse()", "Refuse() + Refuse()", "[] + ()", "'a' + 1",
             "1 + 'a'", "None * 2", "{} | 1", "2 ** 'x'", "object() @ 1", "divmod('a', 1)",
             "pow(2, 3, 'x')", "-'a'", "~1.5", "+[]"]:
    try:
        print(expr, "=", eval(expr))
    except TypeError as e:
        print(expr, "-> TypeError:", e)

class OnlyR:
    def __rsub__(self, o):
        return "OnlyR.rsub(%r)" % (o,)
print(10 - OnlyR())
try:
    OnlyR() - 10
except TypeError as e:
    print("TypeError:", e)

class Neg:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
print(-Neg(), +Neg(), ~Neg(), abs(Neg()))

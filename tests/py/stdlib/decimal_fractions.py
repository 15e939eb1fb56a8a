# contextvars, and Debian's decimal (pure _pydecimal) and fractions.
import contextvars
v = contextvars.ContextVar('v', default=1)
print(v.get(), v.name)
t = v.set(5)
print(v.get())
ctx = contextvars.copy_context()
v.reset(t)
print(v.get(), ctx[v], ctx.run(v.get))
from decimal import Decimal, getcontext
from fractions import Fraction
getcontext().prec = 10
print(Decimal('1.1') + Decimal('2.2'), Decimal(1) / Decimal(7), Decimal('3.14159').quantize(Decimal('0.01')))
print(Fraction(1, 3) + Fraction(1, 6), Fraction('3/4') * 2, Fraction(0.5), float(Fraction(7, 8)))
print((0.75).as_integer_ratio(), (-2.5).as_integer_ratio(), (1e300).as_integer_ratio()[1], (0.1).as_integer_ratio(), (5).numerator, True.denominator, (3.0).real)

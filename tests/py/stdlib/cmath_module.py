# cmath: every function on ordinary, tiny, huge and signed-zero arguments, the special values
# of infinities and NaNs, the errors, rect/polar/phase, isclose and argument conversion.
import cmath, math
vals = [0j, 1+0j, -1+0j, 1j, -1j, 0.5+0.5j, -2.5+3j, 3-4j, 1e-300+1e-300j, 1e300+1e300j, -0.0+0j, complex(0.0, -0.0), 2, 0.25, -3.0, 100+1j]
fns = ['sqrt','exp','log','log10','sin','cos','tan','asin','acos','atan','sinh','cosh','tanh','asinh','acosh','atanh']
for f in fns:
    for v in vals:
        try:
            r = getattr(cmath, f)(v)
        except (ValueError, OverflowError) as e:
            r = type(e).__name__ + ': ' + str(e)
        print(f, v, r)
inf, nan = math.inf, math.nan
special = [complex(a, b) for a in (inf, -inf, nan, 0.0, -0.0, 2.0) for b in (inf, -inf, nan, 0.0, -0.0, 2.0)]
for f in fns:
    for v in special:
        try:
            r = getattr(cmath, f)(v)
        except (ValueError, OverflowError) as e:
            r = type(e).__name__ + ': ' + str(e)
        print(f, v, r)
for v in vals + special:
    print('phase', v, cmath.phase(v), cmath.polar(v), cmath.isfinite(v), cmath.isinf(v), cmath.isnan(v))
for r in (0.0, -0.0, 1.0, -2.0, inf, -inf, nan):
    for p in (0.0, -0.0, 1.0, -2.0, inf, -inf, nan, math.pi / 2):
        try:
            print('rect', r, p, cmath.rect(r, p))
        except (ValueError, OverflowError) as e:
            print('rect', r, p, type(e).__name__, e)
print(cmath.log(8, 2), cmath.log(1j, 1j))
try: cmath.log(2, 1)
except Exception as e: print(type(e).__name__, e)
for big in (1000, -1000, 710):
    for f in ('exp', 'cosh', 'sinh'):
        try: print(f, big, getattr(cmath, f)(big))
        except Exception as e: print(f, big, type(e).__name__, e)
try: cmath.sqrt("x")
except TypeError as e: print(e)
class C:
    def __complex__(self): return 3+4j
class F:
    def __float__(self): return 2.0
print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.isclose(1+1j, 1+1.0000000001j), cmath.pi, cmath.infj, cmath.nanj)
rng = random.Random(7)
fns = ['sqrt','exp','log','log10','sin','cos','tan','asin','acos','atan','sinh','cosh','tanh','asinh','acosh','atanh']

for i in range(200):
    mag = 10.0 ** rng.uniform(-310, 308)
    z = complex(rng.choice((-1, 1)) * rng.random() * mag, rng.choice((-1, 1)) * rng.random() * 10.0 ** rng.uniform(-310, 308))
    for f in fns:
        try:
            r = getattr(cmath, f)(z)
        except (ValueError, OverflowError) as e:
            r = type(e).__name__
        print(f, z, r)

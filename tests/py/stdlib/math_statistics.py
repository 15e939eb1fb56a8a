# math functions (erf, fsum, comb, isclose, frexp...) and Debian's statistics.
import math, statistics
print(math.erf(0.5), math.erfc(1.2), math.exp2(3.5), math.cbrt(27), math.expm1(1e-5), math.log1p(1e-5))
print(math.acosh(2), math.asinh(1), math.atanh(0.5), math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.comb(50, 20), math.perm(10, 3))
print(math.lcm(4, 6, 10), math.isclose(1.0, 1.0 + 1e-10), math.degrees(math.pi), math.radians(180), math.frexp(10.0), math.ldexp(0.625, 4), math.modf(3.75))
print(math.remainder(10, 3), math.nextafter(1.0, 2.0), math.ulp(1.0), math.dist((0, 0), (3, 4)))
try:
    math.gamma(-1)
except ValueError as e:
    print('ValueError', e)
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), statistics.stdev([2, 4, 4, 4, 5, 5, 7, 9]), statistics.mode([1, 1, 2]))
print(statistics.fmean([1.5, 2.5]), statistics.pvariance([1, 2, 3, 4]), statistics.median_low([1, 2, 3, 4]), statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4))

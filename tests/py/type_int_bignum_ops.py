# Arbitrary-precision ints: factorials, powers and modular inverses, bit operations on big and
# negative values, floor division/modulo signs, int<->bytes/str conversions, and comparisons
# with floats at the edges of double precision.
import math

f50 = math.factorial(50)
print(f50, f50.bit_length(), len(str(f50)), f50 % 1000003, f50 // 10**60)
p = 2**127 - 1
print(p, pow(3, p - 1, p), pow(12345, -1, p) * 12345 % p, pow(2, 10**6, 10**9 + 7))
big = 3**200
print(big.bit_length(), big.bit_count(), (big >> 250), (big << 3) - big * 8, big & 0xFFFF, big | 1 == big)
neg = -(2**100) + 12345
print(neg >> 90, neg // 7, neg % 7, divmod(neg, -7), -neg ^ neg, ~neg, neg & 0xFF)
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (10**30 + 1, -10**15)]:
    print(a // b, a % b, divmod(a, b), math.fmod(a, b) if abs(a) < 10**15 else "-")
n = 2**64 + 5
print(n.to_bytes(9, "big"), n.to_bytes(9, "little"), int.from_bytes(b"\xff" * 9, "big"),
      int.from_bytes(b"\xff\xff", "big", signed=True), (-1).to_bytes(3, "big", signed=True))
try:
    (300).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print(int("1" * 40), int("-0x" + "f" * 20, 16), int("0b" + "1" * 70, 0), int("zz" * 5, 36), hex(2**100), oct(-2**70))
print(f"{2**70:,}", f"{-2**65:_x}", format(10**25, "e"), f"{10**20:.3e}", str(-10**30)[:8])
print(2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53), 10**400 > float("1e308"), float(10**20) == 10**20)
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError:", e)
print(math.isqrt(10**50 + 12345), math.gcd(2**64, 6**40), math.lcm(2**10, 3**5, 12), math.comb(100, 50))
print(sum(range(10**6)), sum(i * i for i in range(1000)), (10**18 + 1) * (10**18 - 1) == 10**36 - 1)
print(abs(-2**200) == 2**200, round(123456789123456789, -5), int(1e25), int(-2.5e18), hash(2**61 - 1), hash(2**61))

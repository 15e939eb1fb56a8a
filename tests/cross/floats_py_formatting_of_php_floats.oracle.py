vals = [0.1 + 0.2, 1/3, 10/4, 2**0.5, 7E-10, float("inf")]
for v in vals:
    print(repr(v), str(v), f"{v:.3g}", type(v).__name__)
def i(): return 10 // 5   # PHP's / of exact ints gives an int
def j(): return 7 // 2
print(i(), j())

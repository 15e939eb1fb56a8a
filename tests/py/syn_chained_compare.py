# Chained comparisons: evaluation order, short-circuit, single evaluation of middle operands.
calls = []
def v(n):
    calls.append(n)
    return n
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1, 1 == 1 != 2, 1 < 2 > 0)
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) < v(5) > v(2) == v(2), calls)
x = 5
print(0 < x <= 5, 0 < x < 5, x is x is not None, 1 in [1] in [[1]], "a" < "b" < "c")
print(1 < 2 == True, (1 < 2) == True, not 1 < 0, not (1 < 2 < 0))
class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print(f"  {self.n} < {other.n}")
        return self.n < other.n
a, b, c = Loud(1), Loud(2), Loud(0)
print(a < b < c)
print(a < c < b)
try:
    print(1 < "a" < 2)
except TypeError as e:
    print("TypeError", e)
print([i for i in range(10) if 2 < i < 6], 1 < 2 < 3 < 4 < 5 < 6, 1 <= 1 >= 1)
print(None is None is None, [] == [] is not [], 0 == 0.0 == 0j == False)
print(float("nan") != float("nan"), 1 < float("inf") > 10**400)

import math
SCALE = 10
def hyp(a, b):
    def sq(x):
        return x * x
    return round(math.sqrt(sq(a) + sq(b)) * SCALE)
print(hyp(3, 4))
g = lambda s, n=2: s * n
print(g("ab"), g("c", 3))
def h(x):
    return -x
print(h(5))

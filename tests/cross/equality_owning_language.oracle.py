class V:
    def __init__(self, a): self.a = a
    def __eq__(self, other):
        # PHP's loose == on objects: same class and loosely equal properties ("1" == 1)
        return type(self) is type(other) and str(self.a) == str(other.a)
def mk(a): return V(a)
x, y, z = mk(1), mk(1), mk(2)
print(x == y, x == z, x is y)
print(x != z)
print(mk("1") == mk(1))

class PHPException(Exception):
    pass
class Point3:
    def __init__(self, x=0, y=0, z=0):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)
        self.z = z
    def __setattr__(self, k, v):
        if k in ("x", "y"):
            raise PHPException("Cannot modify readonly property")
        object.__setattr__(self, k, v)
    def sum(self): return self.x + self.y + self.z
def make(*a): return Point3(*a)
P = Point3
p = P(1, 2, 3)
print(p.x, p.y, p.z, p.sum())
print(P().sum(), P(5).sum())
p.z = 30
print(p.sum(), make(4, 4).sum())

import math
class Base:
    def name(self): return type(self).__name__.lower()
class Sq(Base):
    def __init__(self, s): self.s = float(s)
    def area(self): return self.s ** 2
class Circ(Base):
    def __init__(self, r): self.r = float(r)
    def area(self): return round(math.pi * self.r ** 2, 3)
shapes = {0: Sq(2), 1: Circ(1), 2: Sq(1.5)}
for s in shapes.values():
    print(s.name(), s.area())
print(max(shapes.values(), key=lambda s: s.area()).name())

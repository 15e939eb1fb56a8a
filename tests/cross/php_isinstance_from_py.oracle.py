class Shape: pass
class Poly(Shape): pass
class Tri(Poly): pass
def mk(k): return Tri() if k == 't' else Poly()
t = mk("t")
p = mk("p")
print(isinstance(t, Tri), isinstance(t, Poly), isinstance(t, Shape))
print(isinstance(p, Tri), isinstance(p, Poly))

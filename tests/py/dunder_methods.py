class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o): return V(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return V(self.x * k, self.y * k)
    def __rmul__(self, k): return self * k
    def __neg__(self): return V(-self.x, -self.y)
    def __eq__(self, o): return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __lt__(self, o): return (self.x, self.y) < (o.x, o.y)
    def __repr__(self): return f"V({self.x}, {self.y})"
    def __str__(self): return f"<{self.x},{self.y}>"
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __iter__(self): return iter((self.x, self.y))
    def __call__(self, z): return self.x + self.y + z
    def __bool__(self): return self.x != 0 or self.y != 0
    def __contains__(self, v): return v in (self.x, self.y)

a, b = V(1, 2), V(3, 4)
print(a + b, a - b, a * 3, 2 * a, -a)
print(repr(a), str(a), a == V(1, 2), a != b, a < b, sorted([b, a]))
print(len(a), a[0], a[-1], list(a), a(10), bool(V(0, 0)), 2 in a)
print({a: 1, V(1, 2): 2})
x, y = b
print(x, y)
s = {V(1, 1), V(1, 1), V(2, 2)}
print(len(s))
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, v):
        self.items.append(v)
        return self
acc = Acc()
acc += 1
acc += 2
print(acc.items)

class Ref:
    def __init__(self, v): self.v = v
    def deref(self): return self.v
    def store(self, v): self.v = v
def swap(a, b): a.v, b.v = b.v, a.v
x, y = Ref(1), Ref("two")
swap(x, y)
print(x.deref(), y.deref())
def inc(n, by=1):
    n.v += by
    return n.v
c = Ref(10)
print(inc(c), inc(c, 5), c.deref())
c.store(100)
print(inc(c), c.deref())

class Ref:
    def __init__(self, v): self.v = v
    def deref(self): return self.v
    def store(self, v): self.v = v
def f(x):
    x = (x.v if isinstance(x, Ref) else x) * 2
    return 'integer:' + str(x)
r = Ref(5)
print(f(r))
print(r.deref())
r.store(7)
print(f(r), r.deref())

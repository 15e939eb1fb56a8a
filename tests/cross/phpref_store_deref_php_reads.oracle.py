class Ref:
    def __init__(self, v): self.v = v
    def deref(self): return self.v
    def store(self, v): self.v = v
def get(x): return x.v
def setv(x, v): x.v = v
r = Ref(1)
print(get(r))
r.store("two")
print(get(r))
setv(r, [1, 2, 3])
print(r.deref())
setv(r, None)
print(r.deref())

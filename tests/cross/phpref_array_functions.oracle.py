class Ref:
    def __init__(self, v): self.v = list(v)
    def deref(self): return self.v
r = Ref([1, 2, 3])
r.v += [4, 5]
print(r.v.pop(), r.v.pop(0))
r.v.insert(0, 0)
print(list(r.deref()))
r.v.sort(reverse=True)
print(list(r.deref()))

class Ref:
    def __init__(self, v): self.v = v
    def deref(self): return self.v
def sort(r): r.v = dict(enumerate(sorted(r.v.values() if isinstance(r.v, dict) else r.v)))
def ksort(r): r.v = dict(sorted(r.v.items()))
def asort(r): r.v = dict(sorted(r.v.items(), key=lambda kv: kv[1]))
r = Ref([5, 3, 9, 1])
sort(r)
print(list(r.deref().values()))
r2 = Ref({"b": 2, "a": 1, "c": 0})
ksort(r2)
print(list(r2.deref().keys()))
asort(r2)
print(list(r2.deref().items()))

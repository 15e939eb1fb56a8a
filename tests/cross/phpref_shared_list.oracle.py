class Ref:
    def __init__(self, v): self.v = v
    def deref(self): return self.v
def push(arr, v):
    arr.v = list(arr.v) + [v]
    return len(arr.v)
r = Ref([1, 2])
print(push(r, 3), push(r, 4))
print(list(r.deref()))
plain = [1, 2]
def by_val(arr):
    arr = list(arr) + [99]
    return len(arr)
print(by_val(plain), plain)

class Bag:
    def __init__(self):
        self.d = {'a': 1}
        self.log = []
    def __getitem__(self, k):
        self.log.append(f"get {k}")
        return self.d[k]
    def __setitem__(self, k, v):
        self.log.append(f"set {k}")
        self.d[k] = v
def mk(): return Bag()
b = mk()
print(b["a"])
b["c"] = 3
print(b["c"])
print(list(b.log))

class Ref:
    def __init__(self, v): self.v = v
    def deref(self): return self.v
    def store(self, v): self.v = v
def double_in_place(cell):
    cell.store(cell.deref() * 2)
def run(f):
    v = Ref(21)
    f(v)
    arr = [1, 2]
    arr.append(3)
    return str(v.v) + " " + str(len(arr))
print(run(double_in_place))

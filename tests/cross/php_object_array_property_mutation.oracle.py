class Box:
    def __init__(self): self.items = {'a': 1}
def mk(): return Box()
b = mk()
b.items["x"] = 2
del b.items["a"]
def show(b): return ",".join(b.items.keys())
print(show(b))

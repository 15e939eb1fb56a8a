class Adder:
    def __init__(self): self.n = 0
    def __call__(self, x):
        self.n += x
        return self.n
def mk(): return Adder()
a = mk()
print(a(5), a(10))
print(list(map(a, [1, 1, 1])))
print(a.n, callable(a))

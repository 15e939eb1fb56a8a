class Acc:
    def __init__(self): self.total = 0
    def add(self, x):
        self.total += x
        return self
    def get(self): return self.total
def mk(): return Acc()
acc = mk()
for i in range(10000):
    acc.add(i % 17)
print(acc.get(), acc.total)

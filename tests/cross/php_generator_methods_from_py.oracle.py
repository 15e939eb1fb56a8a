class Gen:
    def __init__(self, it):
        self.it = it
        self.cur = next(it)
        self.alive = True
    def current(self): return self.cur
    def send(self, v):
        try:
            self.cur = self.it.send(v)
        except StopIteration:
            self.alive = False
            self.cur = None
        return self.cur
    def valid(self): return self.alive
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            return
        total += x
g = Gen(acc())
print(g.current())
print(g.send(5), g.send(10), g.send(1))
print(g.valid())
g.send(None)
print(g.valid())

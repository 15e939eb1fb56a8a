class Range3:
    def __iter__(self):
        self.i = 0
        return self
    def __next__(self):
        if self.i >= 3:
            raise StopIteration
        v = self.i * 10
        self.i += 1
        return v
class Bag:
    def __iter__(self): return iter(Range3())
def mk(agg): return Bag() if agg else Range3()
print(list(mk(False)))
print([x + 1 for x in mk(True)])

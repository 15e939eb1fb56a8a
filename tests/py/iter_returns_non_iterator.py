# iter() of an object whose __iter__ returns an instance without __next__ is a TypeError
# ("iter() returned non-iterator"), also through enumerate() and list(), as CPython's.
class N:
    def __iter__(self):
        return self
for f in (iter, enumerate, list):
    try:
        f(N())
    except TypeError as e:
        print("TypeError", e)
class G:
    def __iter__(self):
        return iter([1, 2])
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(list(G()), list(It()), list(enumerate(G())))

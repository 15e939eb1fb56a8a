# operator.length_hint: __len__ first, then __length_hint__, the default, NotImplemented and
# the errors for bad results; list() of an object whose hint lies.
import operator

class Len:
    def __len__(self): return 4
class Hint:
    def __length_hint__(self): return 7
class Both:
    def __len__(self): return 2
    def __length_hint__(self): return 9
class NotImpl:
    def __length_hint__(self): return NotImplemented
class Neg:
    def __length_hint__(self): return -1
class Bad:
    def __length_hint__(self): return "x"
class Neither:
    pass

for obj in (Len(), Hint(), Both(), NotImpl(), Neither(), [1, 2, 3], range(5), "abc"):
    print(type(obj).__name__, operator.length_hint(obj), operator.length_hint(obj, 42))
for obj in (Neg(), Bad()):
    try:
        operator.length_hint(obj)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    operator.length_hint([], "x")
except TypeError as e:
    print("TypeError:", e)

class Liar:
    def __init__(self):
        self.items = [1, 2, 3]
    def __iter__(self):
        return iter(self.items)
    def __length_hint__(self):
        return 1000
print(list(Liar()), tuple(Liar()))
print(operator.length_hint({"a": 1, "b": 2}), operator.length_hint(Neither(), 3))

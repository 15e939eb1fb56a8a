# In-place operators: __iadd__ used when defined (and its return value rebinds), fallback to
# __add__ / __radd__ when missing or NotImplemented, in-place on list vs tuple, on attributes
# and subscripts (evaluated once), and the error text.
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        print("Acc.__iadd__", o)
        self.v += o
        return self
    def __isub__(self, o):
        print("Acc.__isub__ -> NotImplemented")
        return NotImplemented
    def __sub__(self, o):
        print("Acc.__sub__", o)
        return Acc(self.v - o)
    def __imul__(self, o):
        print("Acc.__imul__ returns a string")
        return "replaced"
    def __repr__(self):
        return "Acc(%r)" % self.v

a = Acc(1)
b = a
a += 5
print(a, a is b)
a -= 2
print(a, a is b)
a *= 3
print(a, b)

class OnlyAdd:
    def __add__(self, o):
        return "OnlyAdd.__add__(%r)" % (o,)
x = OnlyAdd()
x += 1
print(x)

class OnlyRadd:
    def __radd__(self, o):
        return "OnlyRadd.__radd__(%r)" % (o,)
y = 10
y += OnlyRadd()
print(y)

l = [1]
alias = l
l += (2, 3)
print(l, alias is l)
t = (1,)
talias = t
t += (2,)
print(t, talias)
try:
    t += [3]
except TypeError as e:
    print("TypeError:", e)
try:
    l = [1]
    l = l + (2,)
except TypeError as e:
    print("TypeError:", e)

class Box:
    def __init__(self):
        self.items = []
        self.count = 0
calls = []
def get_box(b):
    calls.append("get")
    return b
box = Box()
get_box(box).count += 1
get_box(box).items += ["a"]
print(box.count, box.items, calls)

d = {"k": [1]}
def key():
    calls.append("key")
    return "k"
d[key()] += [2]
print(d, calls)

s = "ab"
s *= 2
print(s)
n = 7
n //= 2; n **= 3; n %= 10; n <<= 2; n >>= 1; n |= 1; n &= 6; n ^= 3
print(n)
try:
    z = None
    z += 1
except TypeError as e:
    print("TypeError:", e)
try:
    q = "a"
    q -= "b"
except TypeError as e:
    print("TypeError:", e)

# Augmented assignment on names, attributes, subscripts and slices; evaluation counts.
n = 10
n += 5; n -= 3; n *= 2; n //= 5; n **= 3; n %= 7; n <<= 4; n >>= 1; n |= 3; n &= 0b111; n ^= 5
print(n)
f = 7.0
f /= 2; f -= 0.5; f **= 2; f //= 1.5
print(f)
s = "ab"
s += "cd"; s *= 2
print(s)
lst = [1]
alias = lst
lst += [2, 3]
lst *= 2
print(lst, alias is lst)
tup = (1,)
alias_t = tup
tup += (2,)
print(tup, alias_t, alias_t is tup)
class Box:
    def __init__(self):
        self.v = 1
        self.items = [0, 1, 2, 3]
log = []
def get_box(b):
    log.append("box")
    return b
def idx(i):
    log.append("idx")
    return i
b = Box()
get_box(b).v += 41
get_box(b).items[idx(1)] += 100
print(b.v, b.items, log)
b.items[1:3] += ["x"] if False else []
data = [0, 1, 2, 3, 4]
data[1:3] += [9, 9]
print(data)
d = {"k": 1}
d["k"] += 1
d.setdefault("new", []).append(1)
d["new"] += [2]
print(d)
class Counter:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        self.v += o
        return self
    def __add__(self, o):
        return Counter(self.v + o + 1000)
    def __isub__(self, o):
        return NotImplemented
    def __sub__(self, o):
        return Counter(self.v - o)
c = Counter(1)
keep = c
c += 5
print(c.v, c is keep)
c -= 1
print(c.v, c is keep)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError", e, t)
try:
    undefined_aug += 1
except NameError as e:
    print("NameError", e)
x = 3
x **= -1
print(x)
big = 1
big <<= 100
print(big, bin(big).count("0"))
m = [[1, 2], [3, 4]]
m[1][0] *= 10
print(m)

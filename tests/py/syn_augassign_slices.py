# Augmented assignment through __getitem__/__setitem__ and slices: evaluation order and counts.
class Tracked:
    def __init__(self, data):
        self.data = data
        self.log = []
    def __getitem__(self, k):
        self.log.append(("get", k))
        return self.data[k]
    def __setitem__(self, k, v):
        self.log.append(("set", k, v))
        self.data[k] = v
t = Tracked([1, 2, 3, 4])
t[0] += 10
t[1:3] += [9]
t[-1] *= 5
print(t.data, t.log)
class Attr:
    def __init__(self):
        self.__dict__["log"] = []
        self.__dict__["v"] = 1
    def __getattr__(self, name):
        self.log.append(("getattr", name))
        return 0
    def __setattr__(self, name, value):
        self.log.append(("setattr", name, value))
        self.__dict__[name] = value
a = Attr()
a.v += 1
a.missing += 5
print(a.v, a.missing, a.log)
m = [[1, 2], [3, 4]]
m[0][1] **= 3
m[1][:] = [x * 2 for x in m[1]]
m[-1][-1] //= 3
print(m)
s = "abc"
s += s[::-1]
s *= 2
print(s)
d = {"n": [1]}
d["n"] += [2]
d["n"][0] -= 5
print(d)
b = bytearray(b"ab")
b[0] += 1
b += b"c"
print(b)

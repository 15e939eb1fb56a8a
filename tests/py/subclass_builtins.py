class Stack(list):
    def push(self, v):
        self.append(v)
        return self
    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3).push(4)
print(s, len(s), s.peek(), s[0], s[1:3], list(s), 3 in s, isinstance(s, list), type(s).__name__)
print(s == [1, 2, 3, 4], [1, 2, 3, 4] == s, s + [5], sorted(s, reverse=True), sum(s))
for x in s:
    print(x, end=" ")
print()

class Counter(dict):
    def __missing__(self, key):
        return 0
    def add(self, key):
        self[key] = self[key] + 1

c = Counter()
for w in "a b a c b a".split():
    c.add(w)
print(c, c["a"], c["zzz"], len(c), sorted(c.items()), "a" in c, c.get("b"))

class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hello")
print(u, u.shout(), len(u), u + " world", u[1:3], f"[{u}]", u == "hello", repr(u), isinstance(u, str))

class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32
t = Celsius(100)
print(t, t.to_f(), t + 1, round(t), f"{t:.1f}", t > 50)

class Money(int):
    def __str__(self):
        return f"${int(self)}"
m = Money(42)
print(m, m + 8, m * 2, str(m), repr(m), m == 42, hash(m) == hash(42), [10, 20, 30, 40, 50][m // 10])

class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def swap(self):
        return Pair(self[1], self[0])
p = Pair(1, 2)
print(p, p.swap(), p[0], len(p), isinstance(p, tuple))

class Tags(set):
    pass
tg = Tags([3, 1, 2])
tg.add(5)
print(sorted(tg), 5 in tg, len(tg))
try:
    hash(Stack())
except TypeError as e:
    print(e)

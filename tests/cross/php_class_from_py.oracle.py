def php_div(a, b):
    q = a / b
    return int(q) if q == int(q) and isinstance(a, int) and isinstance(b, int) else q
class Temp:
    FREEZE = 0
    BOIL = 100
    count = 0
    def __init__(self, c):
        self.c = c
        Temp.count += 1
    def f(self): return php_div(self.c * 9, 5) + 32
    @staticmethod
    def fromF(f): return Temp(php_div((f - 32) * 5, 9))
def mk(c): return Temp(c)
T = Temp
t = T(100)
print(t.f(), t.c)
print(T.BOIL, T.FREEZE)
print(T.count)
u = T.fromF(212)
print(u.c)
print(T.count)
print(mk(5).f())
print(T.count)

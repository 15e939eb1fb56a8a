class Temp:
    def __init__(self):
        self._c = 0
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v):
        self._c = (v - 32) * 5 / 9
class Checked:
    def __setattr__(self, k, v):
        if not isinstance(v, int):
            raise TypeError(k + " must be int")
        object.__setattr__(self, k, v)
def php_echo(v):
    return str(int(v)) if isinstance(v, float) and v == int(v) else str(v)
t = Temp()
t.f = 212
print(php_echo(t._c), php_echo(t.f))
c = Checked()
c.n = 5
try:
    c.n = "five"
except TypeError as e:
    print("TypeError: " + str(e))
print(c.n)

class PHPException(Exception):
    pass
class T:
    def __init__(self): self._n = 0
    @property
    def n(self): return self._n
    @n.setter
    def n(self, v):
        if not isinstance(v, int):
            raise PHPException("Cannot assign string to property T::$n of type int")
        self._n = v
def mk(): return T()
t = mk()
t.n = 5
print(t.n)
try:
    t.n = "not a number"
except PHPException as e:
    print("PHPException")
print(t.n)

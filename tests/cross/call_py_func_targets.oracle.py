def py_join(*parts, sep='-'): return sep.join(str(p) for p in parts)
class Tools:
    def shout(self, s, times=1): return s.upper() * times
def neg(x): return -x
print(py_join(1, 2, 3, sep="+"))
print(neg(5))
print(Tools().shout("ab", times=2))

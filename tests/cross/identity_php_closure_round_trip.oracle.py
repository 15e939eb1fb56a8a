def mk(): return lambda x: x + 1
def check(a, b): return a is b
c = mk()
print(c(1))
print(check(c, c), check(c, mk()))
f = lambda x: x
print(check(f, f))
def back(v): return v
print(back(f) is f)
print(back(c) is c)

# Conditional expressions: precedence, laziness, nesting, in comprehensions and lambdas.
def side(tag, val):
    print("eval", tag)
    return val
print(side("a", 1) if side("cond", True) else side("b", 2))
print(side("a", 1) if side("cond", False) else side("b", 2))
x = 0
print("pos" if x > 0 else "neg" if x < 0 else "zero")
print(1 if True else 2 + 10, (1 if False else 2) + 10, 1 + 1 if False else 3)
print([a if a % 2 else -a for a in range(5)], [a for a in range(5) if a if a % 2])
f = lambda n: "even" if n % 2 == 0 else "odd"
print(f(3), f(4), (lambda: 1 if 0 else 2)())
print(not 1 if 0 else 5, (not 1) if 0 else 6, 0 or 7 if 1 else 8)
y = [] if None else {}
print(type(y).__name__, 1 if [] else 0, 1 if [0] else 0, "t" if 0.0 else "f")
def fn(a=1 if True else 2, b=(3 if False else 4)):
    return a, b
print(fn())
z = (yield_ := 3) if True else 0
print(z, yield_)
print("x" if "" else "y" if None else "z", {1: "a"} if {} else "empty dict")
t = 1, 2 if False else 3
print(t)
print(*(["a"] if True else []), sep="|")

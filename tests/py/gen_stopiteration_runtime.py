# PEP 479: a StopIteration raised inside a generator becomes RuntimeError("generator raised
# StopIteration") with the original as __cause__; next() on an exhausted iterator inside a
# generator; return in a generator; StopIteration in comprehensions and map().
def leaky():
    yield 1
    raise StopIteration("leaked")

try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def uses_next(it):
    while True:
        yield next(it)
try:
    print(list(uses_next(iter([1, 2]))))
except RuntimeError as e:
    print("RuntimeError:", e)

def safe_next(it):
    while True:
        try:
            yield next(it)
        except StopIteration:
            return
print(list(safe_next(iter([1, 2]))))

def subclass_stop():
    class MyStop(StopIteration):
        pass
    yield 0
    raise MyStop
try:
    list(subclass_stop())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

def returns_value():
    yield 1
    return 42
g = returns_value()
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("exhausted:", e.value, e.args)

def stop_in_iter():
    def f(x):
        if x == 2:
            raise StopIteration
        return x
    return list(map(f, [1, 2, 3]))
print("map stops early:", stop_in_iter())

def gen_expr_stop():
    return list(x for x in (1, 2) if x)
print(gen_expr_stop())
def lambda_gen():
    g = (next(iter([])) for _ in range(1))
    try:
        list(g)
    except RuntimeError as e:
        return "genexpr: %s" % e
print(lambda_gen())

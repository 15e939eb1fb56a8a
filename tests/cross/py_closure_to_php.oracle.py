def make_adder(n):
    return lambda x: x + n
add10 = make_adder(10)
r = list(map(add10, range(1, 5)))
print(r)
evens = [(i, v) for i, v in enumerate(range(1, 11)) if v % 2 == 0]
print(evens)
def call(f, a, b): return f(a, b)
print(call(lambda a, b: a * b, 6, 7))
total = [0]
def acc(v):
    total[0] += v
    return total[0]
print(call(lambda a, b: acc(a) + acc(b), 1, 2), total[0])

# Hot loops the tracing JIT records (make check runs every mode: off, on, threshold 1, deopt
# stress): int arithmetic overflowing into bignums mid-loop, range and list iteration, list
# indexing and stores, attribute loads and stores through shapes, inlined calls that fail their
# guards, globals rebound while a trace reads them, exceptions raised inside traced loops.

import math


def int_sum(n):
    total = 0
    for i in range(n):
        total += i
    return total


def grows_to_bignum(n):
    x = 1
    for i in range(n):
        x = x + x + i
    return x


def countdown(n):
    steps = 0
    while n > 0:
        n = n - 1
        steps = steps + 1
    return steps


def list_walk(items):
    s = 0
    for v in items:
        s = s + v
    return s


def index_loop(items):
    n = len(items)
    i = 0
    while i < n:
        items[i] = items[i] * 3 - i
        i += 1
    return items[-1], items[0]


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return self.x + self.y


def attr_loop(p, n):
    for i in range(n):
        p.x = p.x + 1
        p.y = p.y - 1
    return p.x, p.y


def add(a, b):
    return a + b


def call_loop(n):
    s = 0
    for i in range(n):
        s = add(s, i)
    return s


def method_loop(points):
    s = 0
    for p in points:
        s = s + p.norm1()
    return s


def mixed_types(n):
    s = 0
    for i in range(n):
        if i % 7 == 0:
            s = s + 0.5
        else:
            s = s + i
    return s


SCALE = 2


def global_loop(n):
    global SCALE
    s = 0
    for i in range(n):
        s = s + SCALE
        if i == n // 2:
            SCALE = 3
    return s


def raising_loop(n):
    caught = 0
    for i in range(n):
        try:
            if i % 50 == 49:
                raise ValueError(i)
            caught = caught + 0
        except ValueError as e:
            caught = caught + e.args[0]
    return caught


def nested(n):
    s = 0
    for i in range(n):
        for j in range(10):
            s = s + i * j
    return s


def float_loop(n):
    x = 0.0
    for i in range(n):
        x = x * 0.5 + i
        if x > 1e6:
            x = x / 3
    return x


def module_calls(n):
    s = 0.0
    for i in range(n):
        s = s + math.sqrt(i) + abs(-i)
    return round(s, 6)


def checked(v):
    if v % 250 == 249:
        raise KeyError(v)
    return abs(-v) + len(str(v))


def inlined_calls(n):
    s = 0
    for i in range(n):
        try:
            s = s + checked(i)
        except KeyError as e:
            s = s - e.args[0]
    return s


def lookup(d, k):
    return d[k]


def lookups(n):
    d = {i: i * 2 for i in range(0, n, 3)}
    s = 0
    for i in range(n):
        try:
            s = s + lookup(d, i)
        except KeyError as e:
            s = s + 1 + (e.args[0] % 2)
    return s


def truthiness(items):
    count = 0
    for v in items:
        if v:
            count = count + 1
    return count


print(int_sum(1000), int_sum(100000))
print(grows_to_bignum(200))
print(countdown(5000))
print(list_walk(list(range(3000))), list_walk([2**62, 2**62, 1] * 100))
print(index_loop(list(range(2000))))
print(attr_loop(Point(1, 2), 3000))
print(call_loop(3000))
print(method_loop([Point(i, i + 1) for i in range(500)]))
print(mixed_types(1000))
print(global_loop(1000))
print(raising_loop(1000))
print(nested(300))
print(float_loop(3000), module_calls(2000))
print(inlined_calls(2000))
print(lookups(3000))
print(truthiness([0, 1, None, "", "a", [], [1], 2.0, 0.0] * 100))
p = Point(1, 2)
print(attr_loop(p, 100), attr_loop(p, 100))

# close(): GeneratorExit at the yield, finally blocks, a generator that ignores GeneratorExit, one
# that returns or raises something else while closing, and closing finished or unstarted ones.
def worker(log):
    try:
        while True:
            item = yield
            log.append(item)
    except GeneratorExit:
        log.append("closing")
        raise
    finally:
        log.append("finally")

log = []
w = worker(log)
next(w)
w.send("a")
w.send("b")
print(w.close(), log)
print(w.close(), log)

def stubborn():
    for attempt in range(2):
        try:
            yield "still here"
        except GeneratorExit:
            print("  ignoring GeneratorExit")

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(s))

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "returned"
r = returns_on_exit()
next(r)
print("close ->", r.close())

def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("during close")
x = raises_other()
next(x)
try:
    x.close()
except ValueError as e:
    print("ValueError:", e)

def never_started():
    print("  body ran")
    yield
n = never_started()
print(n.close(), n.gi_frame)
try:
    next(n)
except StopIteration:
    print("closed unstarted generator is exhausted")

def counter():
    i = 0
    try:
        while True:
            yield i
            i += 1
    finally:
        print("  counter finally at", i)

c = counter()
for v in c:
    if v == 3:
        break
c.close()

def gen_with_stopiteration_in_finally():
    try:
        yield 1
    finally:
        print("  cleanup runs once")

g = gen_with_stopiteration_in_finally()
print(list(g))
g.close()

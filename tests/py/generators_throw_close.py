def worker():
    total = 0
    try:
        while True:
            try:
                v = yield total
                total += v
            except ValueError as e:
                print("worker caught", e)
                total = -1
    finally:
        print("worker cleanup, total", total)

w = worker()
next(w)
print(w.send(5))
print(w.throw(ValueError("bad value")))
print(w.send(10))
w.close()
print("closed")
try:
    w.send(1)
except StopIteration:
    print("StopIteration after close")

def g2():
    yield 1
    yield 2
it = g2()
print(next(it))
try:
    it.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(list(it))

def early():
    try:
        yield "a"
        yield "b"
    finally:
        print("early cleanup")
e = early()
for x in e:
    print(x)
    break
e.close()
print("done")

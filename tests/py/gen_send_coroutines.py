# Generator-based coroutines driven by send(): a priming decorator, a running average, a
# broadcast pipeline of filters and sinks, and close() flushing state through finally.
import functools

def primed(fn):
    @functools.wraps(fn)
    def start(*args, **kwargs):
        g = fn(*args, **kwargs)
        next(g)
        return g
    return start

@primed
def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)

avg = averager()
print([avg.send(v) for v in (10, 20, 60)])
try:
    avg.send(None)
except StopIteration as e:
    print("result:", e.value)

@primed
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)

@primed
def broadcast(*targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)

@primed
def collector(name, sink):
    try:
        while True:
            sink.append((name, (yield)))
    finally:
        sink.append((name, "closed"))

sink = []
errors = collector("errors", sink)
warnings = collector("warnings", sink)
pipe = broadcast(grep("ERROR", errors), grep("WARN", warnings))
for line in ["INFO start", "WARN disk 80%", "ERROR disk full", "WARN retry", "INFO done"]:
    pipe.send(line)
errors.close()
warnings.close()
print(sink)
print(averager.__name__, averager.__wrapped__.__name__)

def delegating():
    result = yield from averager.__wrapped__()
    yield f"sub-average finished: {result}"

d = delegating()
next(d)
for v in (1, 2, 3):
    d.send(v)
print(d.send(None))

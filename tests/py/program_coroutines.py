# Generator-based cooperative multitasking: a round-robin scheduler with sleeping tasks, message
# channels, tasks that return values and raise, cancellation through throw(), cleanup in finally,
# and a pipeline of generators (send-driven consumers and yield-from delegation).
from collections import deque


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks


class Recv:
    def __init__(self, chan):
        self.chan = chan


class Cancelled(Exception):
    pass


class Channel:
    def __init__(self, name):
        self.name, self.items, self.waiting = name, deque(), deque()

    def send(self, item):
        self.items.append(item)


class Scheduler:
    def __init__(self):
        self.ready, self.sleeping, self.results, self.clock, self.log = deque(), [], {}, 0, []

    def spawn(self, name, gen):
        self.ready.append((name, gen, None))

    def cancel(self, name):
        for i, (n, g, v) in enumerate(self.ready):
            if n == name:
                del self.ready[i]
                self._step(n, g, exc=Cancelled(f"{n} cancelled at tick {self.clock}"))
                return True
        return False

    def _step(self, name, gen, value=None, exc=None):
        try:
            req = gen.throw(exc) if exc else gen.send(value)
        except StopIteration as stop:
            self.results[name] = ("done", stop.value)
            return
        except Exception as e:
            self.results[name] = ("failed", f"{type(e).__name__}: {e}")
            return
        if isinstance(req, Sleep):
            self.sleeping.append((self.clock + req.ticks, name, gen))
        elif isinstance(req, Recv):
            if req.chan.items:
                self.ready.append((name, gen, req.chan.items.popleft()))
            else:
                req.chan.waiting.append((name, gen))
        else:
            self.ready.append((name, gen, None))

    def run(self, channels):
        while self.ready or self.sleeping or any(c.waiting and c.items for c in channels):
            for c in channels:
                while c.waiting and c.items:
                    n, g = c.waiting.popleft()
                    self.ready.append((n, g, c.items.popleft()))
            if not self.ready:
                self.clock = min(t for t, _, _ in self.sleeping)
            due = [s for s in self.sleeping if s[0] <= self.clock]
            self.sleeping = [s for s in self.sleeping if s[0] > self.clock]
            for _, n, g in sorted(due, key=lambda s: (s[0], s[1])):
                self.ready.append((n, g, None))
            if self.ready:
                n, g, v = self.ready.popleft()
                self.log.append(f"{self.clock}:{n}")
                self._step(n, g, v)
                self.clock += 1


def producer(chan, count, delay):
    try:
        for i in range(count):
            yield Sleep(delay)
            chan.send(f"msg{i}")
        chan.send(None)
        return count
    finally:
        print("producer cleanup")


def consumer(chan):
    got = []
    while True:
        item = yield Recv(chan)
        if item is None:
            return got
        got.append(item)


class Spin:
    """An iterator without send(): the scheduler reports the task as failed."""

    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if not self.n:
            raise StopIteration
        self.n -= 1


def crasher():
    yield Sleep(2)
    raise RuntimeError("boom")


def victim(log):
    try:
        while True:
            yield
            log.append("tick")
    except Cancelled as e:
        log.append(str(e))
        return "caught"
    finally:
        log.append("victim finally")


chan = Channel("jobs")
sched = Scheduler()
vlog = []
sched.spawn("prod", producer(chan, 3, 2))
sched.spawn("cons", consumer(chan))
sched.spawn("crash", crasher())
sched.spawn("victim", victim(vlog))
sched.spawn("spin", Spin(3))
for _ in range(3):
    n, g, v = sched.ready.popleft()
    sched.ready.append((n, g, v))
sched.cancel("victim")
sched.run([chan])
print(sorted(sched.results.items()))
print(vlog)
print(" ".join(sched.log))


def averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            return (count, avg)
        total += x
        count += 1
        avg = total / count


def grouper(results, key):
    results[key] = yield from averager()


results = {}
for key, values in {"a": [1, 2, 3, 4], "b": [10, 5], "c": []}.items():
    g = grouper(results, key)
    next(g)
    print(key, [g.send(v) for v in values])
    try:
        g.send(None)
    except StopIteration:
        pass
print(results)

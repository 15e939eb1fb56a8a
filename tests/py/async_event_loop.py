# A tiny event loop driving coroutines with send(None): tasks sleep by yielding requests from an
# awaitable, the loop keeps a virtual clock and a ready queue, results come back through
# StopIteration.value.
import heapq

class Sleep:
    def __init__(self, delay):
        self.delay = delay
    def __await__(self):
        yield ("sleep", self.delay)

class Loop:
    def __init__(self):
        self.now = 0
        self.queue = []
        self.seq = 0
        self.results = {}
    def spawn(self, name, coro):
        self.schedule(0, name, coro)
    def schedule(self, delay, name, coro):
        heapq.heappush(self.queue, (self.now + delay, self.seq, name, coro))
        self.seq += 1
    def run(self):
        while self.queue:
            when, _, name, coro = heapq.heappop(self.queue)
            self.now = when
            try:
                op, arg = coro.send(None)
            except StopIteration as stop:
                self.results[name] = stop.value
                print(f"t={self.now:>3} {name} finished -> {stop.value!r}")
                continue
            except Exception as e:
                self.results[name] = e
                print(f"t={self.now:>3} {name} failed: {type(e).__name__}: {e}")
                continue
            assert op == "sleep"
            self.schedule(arg, name, coro)

async def fetch(name, delay, fail=False):
    print(f"start {name}")
    await Sleep(delay)
    if fail:
        raise ConnectionError(f"{name} unreachable")
    return f"{name}:{delay}"

async def pipeline(n):
    total = 0
    for i in range(n):
        await Sleep(i + 1)
        total += await double(i)
    return total

async def double(x):
    await Sleep(1)
    return 2 * x

loop = Loop()
loop.spawn("a", fetch("a", 5))
loop.spawn("b", fetch("b", 2))
loop.spawn("c", fetch("c", 3, fail=True))
loop.spawn("p", pipeline(3))
loop.run()
print(sorted((k, v if not isinstance(v, Exception) else repr(v)) for k, v in loop.results.items()))
c = fetch("x", 1)
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await, c.cr_frame is not None)
c.send(None)
print("awaiting:", type(c.cr_await).__name__)
c.close()
print("closed:", c.cr_frame)

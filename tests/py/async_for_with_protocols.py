# async for and async with over classes that implement __aiter__/__anext__ and
# __aenter__/__aexit__: iteration order, StopAsyncIteration, exceptions reaching __aexit__ and
# being suppressed, break/continue/return inside, and else clauses.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Tick:
    def __await__(self):
        yield "tick"

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Tick()
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

class Resource:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    async def __aenter__(self):
        await Tick()
        print(f"  open {self.name}")
        return self
    async def __aexit__(self, et, ev, tb):
        await Tick()
        print(f"  close {self.name}: {et.__name__ if et else None} {ev!r}")
        return self.suppress

async def main():
    out = []
    async for v in Countdown(4):
        out.append(v)
    else:
        out.append("else")
    print("countdown", out)
    async for v in Countdown(10):
        if v % 2:
            continue
        if v < 5:
            break
        print("  even", v)
    else:
        print("  not reached")
    async with Resource("r1") as r:
        print("  using", r.name)
    async with Resource("r2", suppress=True):
        raise KeyError("swallowed")
    print("after suppressed")
    try:
        async with Resource("r3"):
            raise ValueError("propagates")
    except ValueError as e:
        print("caught", e)
    async with Resource("outer") as a, Resource("inner") as b:
        print("  both", a.name, b.name)
    for i in range(3):
        async with Resource(f"loop{i}"):
            if i == 1:
                break
    return await early_return()

async def early_return():
    async with Resource("ret"):
        async for v in Countdown(3):
            return f"returned {v}"

print(run(main()))

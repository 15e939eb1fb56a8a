# Async comprehensions: async for in list/set/dict comprehensions and generator expressions,
# await inside comprehension elements and conditions, nesting.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Yield:
    def __await__(self):
        yield

async def arange(n):
    for i in range(n):
        await Yield()
        yield i

async def square(x):
    await Yield()
    return x * x

async def is_even(x):
    return x % 2 == 0

async def main():
    print([x async for x in arange(5)])
    print({x % 3 async for x in arange(7)})
    print({x: await square(x) async for x in arange(4)})
    print([await square(x) for x in range(4)])
    print([x async for x in arange(10) if await is_even(x)])
    print([(x, y) async for x in arange(3) for y in range(x)])
    print([[y async for y in arange(x)] for x in range(3)])
    gen = (x * 10 async for x in arange(3))
    print(type(gen).__name__)
    print([v async for v in gen])
    total = 0
    async for v in (await square(x) async for x in arange(4)):
        total += v
    print("total", total)
    return "ok"

print(run(main()))

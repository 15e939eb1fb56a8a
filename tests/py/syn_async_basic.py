# async def and await between coroutines, driven by send(None); coroutine objects and results.
async def add(a, b):
    return a + b
async def chain(n):
    total = 0
    for i in range(n):
        total += await add(i, 1)
    return total
async def nested():
    return [await add(1, 2), await chain(3), await add(await add(1, 1), 10)]
def run(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise RuntimeError("coroutine suspended unexpectedly")
print(run(add(2, 3)), run(chain(5)), run(nested()))
async def raiser():
    raise ValueError("inside coroutine")
async def catcher():
    try:
        await raiser()
    except ValueError as e:
        return "caught " + str(e)
print(run(catcher()))
try:
    run(raiser())
except ValueError as e:
    print("propagated", e)
async def with_default(x=10, *, y=5):
    return x * y
print(run(with_default()), run(with_default(2, y=3)))
c = add(1, 1)
print(c.__name__, c.__qualname__)
c.close()
CO_COROUTINE = 0x80  # what inspect.iscoroutinefunction tests
print(bool(add.__code__.co_flags & CO_COROUTINE), bool(run.__code__.co_flags & CO_COROUTINE))
async def deep(n):
    if n == 0:
        return 0
    return 1 + await deep(n - 1)
print(run(deep(50)))

# Async generators: __anext__/asend/athrow/aclose awaitables driven by hand, values sent in,
# exceptions thrown in, finally blocks on aclose, and StopAsyncIteration at the end.
def drive(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value

class Pause:
    def __await__(self):
        yield

async def numbers(limit):
    try:
        for i in range(limit):
            await Pause()
            received = yield i
            if received is not None:
                print(f"  numbers received {received!r}")
    except ValueError as e:
        print("  numbers caught", repr(e))
        yield -1
    finally:
        print("  numbers finally")

ag = numbers(5)
print(type(ag).__name__, ag.__name__, ag.ag_running, ag.ag_frame is not None)
print(drive(ag.__anext__()))
print(drive(ag.asend("hello")))
print(drive(ag.athrow(ValueError("bad"))))
print(drive(ag.aclose()))
try:
    drive(ag.__anext__())
except StopAsyncIteration:
    print("exhausted after aclose")

async def collect(agen):
    return [x async for x in agen]
print(drive(collect(numbers(3))))

ag = numbers(2)
print(drive(ag.__anext__()), drive(ag.__anext__()))
try:
    drive(ag.__anext__())
except StopAsyncIteration as e:
    print("StopAsyncIteration", e.args)

async def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2

ag = ignores_exit()
drive(ag.__anext__())
try:
    drive(ag.aclose())
except RuntimeError as e:
    print("RuntimeError:", e)

one = numbers(1)
aw = one.__anext__()
print(type(aw).__name__, aw.__await__() is aw)
drive(aw)
try:
    drive(aw)
except RuntimeError as e:
    print("RuntimeError:", e)
drive(one.aclose())

async def stops():
    yield 1
    raise StopAsyncIteration("inside")
ag = stops()
drive(ag.__anext__())
try:
    drive(ag.__anext__())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

async def empty():
    return
    yield
print(drive(collect(empty())))
print(drive(ignores_exit().aclose()))

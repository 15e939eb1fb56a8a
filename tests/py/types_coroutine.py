# types.coroutine marks a generator function's code CO_ITERABLE_COROUTINE (code.replace and an
# assignment to __code__), so that await drives its generators; time.get_clock_info describes
# the clocks. Both are what importing asyncio needs.
import time
import types


@types.coroutine
def legacy(x):
    got = yield x
    return got * 2


async def user(x):
    return await legacy(x) + 1


c = user(20)
print(c.send(None))
try:
    c.send(5)
except StopIteration as e:
    print("returned", e.value)
print(bool(legacy.__code__.co_flags & 0x100), bool(legacy.__code__.co_flags & 0x20))


def plain():
    yield 1


co = plain.__code__
same = co.replace()
print(same.co_flags == co.co_flags, co.replace(co_flags=co.co_flags | 0x100).co_flags & 0x100)
print(list(plain()))

for name in ("time", "monotonic", "perf_counter", "process_time"):
    info = time.get_clock_info(name)
    print(name, info.implementation, info.monotonic, info.adjustable, info.resolution > 0)
try:
    time.get_clock_info("nope")
except ValueError as e:
    print("ValueError", e)

import asyncio  # noqa: E402 (the point: it imports)
print(asyncio.iscoroutinefunction(user))

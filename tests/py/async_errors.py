# The TypeErrors and RuntimeErrors of the async protocols, in CPython's words.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

def check(label, coro_fn):
    try:
        print(label, "->", run(coro_fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)

class NoAwait:
    pass

class BadAwait:
    def __await__(self):
        return 42

class CoroAwait:
    def __await__(self):
        return sub()

async def sub():
    return 1

class OnlyAiter:
    def __aiter__(self):
        return self

class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False

class HalfAsync:
    async def __aenter__(self):
        return self

class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 7

async def await_int():
    return await 5
async def await_obj():
    return await NoAwait()
async def await_bad():
    return await BadAwait()
async def await_coro_from_await():
    return await CoroAwait()
async def for_list():
    async for x in [1, 2]:
        pass
async def for_only_aiter():
    async for x in OnlyAiter():
        pass
async def for_bad_anext():
    async for x in BadAnext():
        pass
async def with_sync():
    async with SyncOnly():
        pass
async def with_half():
    async with HalfAsync():
        pass

for name, fn in list(globals().items()):
    if name.startswith(("await_", "for_", "with_")):
        check(name, fn)

c = sub()
print(run(c))
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c = sub()
try:
    c.send(1)
except TypeError as e:
    print("TypeError:", e)
c.close()
c = sub()
try:
    iter(c)
except TypeError as e:
    print("TypeError:", e)
c.close()
w = sub().__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print("StopIteration", e.value)
c = sub()
def gen():
    yield from c
try:
    next(gen())
except TypeError as e:
    print("TypeError:", e)
c.close()

# Exceptions through await chains: propagation with tracebacks through several coroutines,
# try/finally in coroutines, throw() into a suspended coroutine, close() raising GeneratorExit at
# the await, and a coroutine catching and returning.
class Suspend:
    def __await__(self):
        got = yield "suspended"
        return got

async def leaf(n):
    if n == 0:
        raise ValueError("leaf failed")
    return await Suspend()

async def middle(n):
    try:
        return await leaf(n)
    finally:
        print(f"  middle({n}) finally")

async def top(n):
    try:
        return await middle(n)
    except ValueError as e:
        return f"top recovered: {e}"

def run(coro, sends=()):
    try:
        print("  ->", coro.send(None))
        for s in sends:
            print("  ->", coro.send(s))
    except StopIteration as e:
        return e.value

print(run(top(0)))
print(run(top(1), ["resumed value"]))
c = top(1)
print(c.send(None))
try:
    c.throw(ValueError("thrown in"))
except StopIteration as e:
    print("after throw:", e.value)
c = middle(2)
c.send(None)
c.close()
print("closed:", c.cr_frame)

async def guarded():
    try:
        await Suspend()
    except GeneratorExit:
        print("  guarded saw GeneratorExit")
        raise
g = guarded()
g.send(None)
g.close()

def frames(tb):
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return names
try:
    run(middle(0))
except ValueError as e:
    print("traceback:", frames(e.__traceback__))
c = top(1)
c.send(None)
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("KeyError escaped:", frames(e.__traceback__))

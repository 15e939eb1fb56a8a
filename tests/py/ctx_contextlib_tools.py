# contextlib: @contextmanager (setup/teardown, exceptions thrown into the generator, suppressing
# by catching), suppress(), closing(), nullcontext(), and
# ExitStack unwinding callbacks in reverse order.
import contextlib

@contextlib.contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    except KeyError as e:
        print("  handled inside manager:", e)
    finally:
        print("</%s>" % name)

with tag("a") as t:
    print("  body", t)
with tag("b"):
    raise KeyError("k")
print("after b")
try:
    with tag("c"):
        raise ValueError("escapes")
except ValueError as e:
    print("escaped:", e)

with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
try:
    with contextlib.suppress(KeyError):
        [][1]
except IndexError:
    print("IndexError not suppressed")

class Resource:
    def close(self):
        print("  Resource.close")
with contextlib.closing(Resource()) as r:
    print("  using", type(r).__name__)
with contextlib.nullcontext(42) as v:
    print("nullcontext gives", v)


with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "  callback", i)
    stack.enter_context(tag("stacked"))
    print("  in stack body")

@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextlib.contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

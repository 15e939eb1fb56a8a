# Context managers: the arguments __exit__ receives, suppression by a true return, exceptions
# raised in __enter__ and __exit__, nesting order, exit on return/break/continue, contextlib.
import contextlib

class Tracer:
    def __init__(self, name, suppress=(), fail_enter=False, fail_exit=False):
        self.name, self.suppress = name, suppress
        self.fail_enter, self.fail_exit = fail_enter, fail_exit
    def __enter__(self):
        print(f"  enter {self.name}")
        if self.fail_enter:
            raise RuntimeError(f"{self.name} cannot enter")
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print(f"  exit {self.name}: {et.__name__ if et else None}, {ev!r}, tb={tb is not None}")
        if self.fail_exit:
            raise KeyError(f"{self.name} exit failed")
        return et is not None and issubclass(et, self.suppress)

with Tracer("a") as v:
    print("  body", v)
with Tracer("b", suppress=(ZeroDivisionError,)):
    1 / 0
print("after b")
try:
    with Tracer("c", suppress=(KeyError,)):
        raise ValueError("not suppressed")
except ValueError as e:
    print("caught", e)
try:
    with Tracer("d", fail_enter=True):
        print("  never")
except RuntimeError as e:
    print("caught", e)
try:
    with Tracer("e", fail_exit=True):
        raise ValueError("original")
except KeyError as e:
    print("caught", repr(e), "context:", repr(e.__context__))
with Tracer("outer"), Tracer("inner", suppress=(IndexError,)):
    [][1]

def early():
    with Tracer("ret"):
        return "returned"
print(early())
for i in range(3):
    with Tracer(f"loop{i}"):
        if i == 0:
            continue
        if i == 1:
            break

@contextlib.contextmanager
def managed(name):
    print(f"  setup {name}")
    try:
        yield name * 2
    except ValueError as e:
        print(f"  {name} handled {e}")
    finally:
        print(f"  teardown {name}")

with managed("x") as m:
    print("  got", m)
with managed("y"):
    raise ValueError("inside")
with contextlib.suppress(KeyError, IndexError):
    {}["missing"]
print("suppressed")
with contextlib.ExitStack() as stack:
    names = [stack.enter_context(managed(n)) for n in "pq"]
    stack.callback(print, "  callback ran")
    print("  stack holds", names)
